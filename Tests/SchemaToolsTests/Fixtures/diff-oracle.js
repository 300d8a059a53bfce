// Reads [{old, new}] SDL pairs from the JSON file named first; prints graphql-js 16's breaking and
// dangerous changes of each pair as [[{type, description}]].
const { buildSchema, findBreakingChanges, findDangerousChanges } = require('graphql');
const fs = require('fs');
{
  const pairs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const out = pairs.map(({ old, new: next }) => {
    const a = buildSchema(old);
    const b = buildSchema(next);
    return [...findBreakingChanges(a, b), ...findDangerousChanges(a, b)].map((c) => ({
      type: c.type,
      description: c.description,
    }));
  });
  process.stdout.write(JSON.stringify(out));
}
