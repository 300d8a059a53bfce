// Runs the engine benchmark cases on graphql-js and prints one JSON object:
// { "version": "16.x", "cases": { "<name>": nanosecondsPerOperation, ... } }.
// Usage: NODE_PATH=/usr/share/nodejs node graphql-js.js <inputs dir> <seconds per case>
'use strict';
const fs = require('fs');
const path = require('path');
const graphql = require('graphql');
const data = require('./users-data.js');

const dir = process.argv[2] || __dirname;
const seconds = Number(process.argv[3] || 2);
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');

const schema = graphql.buildSchema(read('schema.graphql'));
const introspection = read('introspection-query.graphql');
const client = read('client-query.graphql');
const usersQuery = graphql.parse(read('users-query.graphql'));
const introspectionDocument = graphql.parse(introspection);
const root = { users: data.makeUsers() };

// Same method as the Swift side: grow a batch until it takes 10 ms, warm up for a
// quarter of the time, then take the median of the batches run in the rest.
function measure(body) {
  let batch = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) body();
    const elapsed = Number(process.hrtime.bigint() - start);
    if (elapsed >= 10e6) break;
    batch *= 2;
  }
  const warmEnd = process.hrtime.bigint() + BigInt(Math.round(seconds * 0.25e9));
  while (process.hrtime.bigint() < warmEnd) for (let i = 0; i < batch; i++) body();
  const samples = [];
  const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 0.75e9));
  do {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) body();
    samples.push(Number(process.hrtime.bigint() - start) / batch);
  } while (process.hrtime.bigint() < end || samples.length < 5);
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

function execute() {
  const result = graphql.execute({ schema, document: usersQuery, rootValue: root });
  if (result.errors) throw new Error(result.errors[0].message);
  return result;
}

const check = execute();
if (check.data.users.length !== 100) throw new Error('unexpected result');

const cases = {
  parseIntrospection: measure(() => graphql.parse(introspection)),
  validateIntrospection: measure(() => {
    if (graphql.validate(schema, introspectionDocument).length) throw new Error('invalid');
  }),
  parseValidateClient: measure(() => {
    if (graphql.validate(schema, graphql.parse(client)).length) throw new Error('invalid');
  }),
  execute: measure(execute),
  executeJSON: measure(() => JSON.stringify(execute())),
};
process.stdout.write(
  JSON.stringify({ version: graphql.version, bytes: JSON.stringify(check).length, cases }) + '\n');
