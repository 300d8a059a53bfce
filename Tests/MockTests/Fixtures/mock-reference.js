// The mock data conventions on graphql-js, the reference for MockTests.
// Usage: NODE_PATH=/usr/share/nodejs node mock-reference.js SCHEMA DATA CASES [async]
// Prints a JSON array with graphql-js's response to each case; with `async` every field
// resolves through a promise.
const fs = require('fs');
const graphql = require('graphql');

const [schemaFile, dataFile, casesFile, mode] = process.argv.slice(2);
const schema = graphql.buildSchema(fs.readFileSync(schemaFile, 'utf8'));
const root = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Applies __error, __arg and __args to a field's value and, inside lists, to every item.
function apply(value, args) {
  if (Array.isArray(value)) return value.map((item) => apply(item, args));
  if (isObject(value)) {
    if ('__error' in value) {
      const message = value.__error;
      return new Error(typeof message === 'string' ? message : JSON.stringify(message));
    }
    if (typeof value.__arg === 'string') {
      return Object.prototype.hasOwnProperty.call(args, value.__arg) ? args[value.__arg] : null;
    }
    if (value.__args === true) return args;
  }
  return value;
}

function fieldResolver(source, args, _context, info) {
  if (!isObject(source) || !Object.prototype.hasOwnProperty.call(source, info.fieldName)) {
    return null;
  }
  const value = apply(source[info.fieldName], args);
  if (value instanceof Error) throw value;
  return value;
}

function typeResolver(value) {
  return isObject(value) && typeof value.__typename === 'string' ? value.__typename : undefined;
}

async function asyncFieldResolver(...args) {
  return fieldResolver(...args);
}

(async () => {
  const results = [];
  for (const c of cases) {
    const result = await graphql.graphql({
      schema,
      source: c.query,
      rootValue: root,
      variableValues: c.variables,
      operationName: c.operationName,
      fieldResolver: mode === 'async' ? asyncFieldResolver : fieldResolver,
      typeResolver,
    });
    results.push(JSON.parse(JSON.stringify(result)));
  }
  process.stdout.write(JSON.stringify(results));
})();
