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
// quarter of the time, then take the median of the batches run in the rest. Time is
// process CPU time (all threads, the garbage collector's included): on a shared machine,
// wall time measures the other processes as much as this one.
function cpuNanoseconds() {
  const usage = process.cpuUsage();
  return BigInt(usage.user + usage.system) * 1000n;
}

function measure(body) {
  let batch = 1;
  for (;;) {
    const start = cpuNanoseconds();
    for (let i = 0; i < batch; i++) body();
    const elapsed = Number(cpuNanoseconds() - start);
    if (elapsed >= 10e6) break;
    batch *= 2;
  }
  const warmEnd = cpuNanoseconds() + BigInt(Math.round(seconds * 0.25e9));
  while (cpuNanoseconds() < warmEnd) for (let i = 0; i < batch; i++) body();
  const samples = [];
  const end = cpuNanoseconds() + BigInt(Math.round(seconds * 0.75e9));
  do {
    const start = cpuNanoseconds();
    for (let i = 0; i < batch; i++) body();
    samples.push(Number(cpuNanoseconds() - start) / batch);
  } while (cpuNanoseconds() < end || samples.length < 5);
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
