// The in-memory data of the execution benchmark: 100 users, each with 10 forms of 5
// fields. Engine/UsersData.swift builds the same values.
'use strict';
const kinds = ['TEXT', 'NUMBER', 'CHOICE', 'DATE'];

exports.makeUsers = function makeUsers() {
  const users = [];
  for (let u = 0; u < 100; u++) {
    const forms = [];
    for (let f = 0; f < 10; f++) {
      const fields = [];
      for (let k = 0; k < 5; k++) {
        fields.push({ id: `fld-${u}-${f}-${k}`, label: `Question ${k + 1}`, kind: kinds[k % 4] });
      }
      forms.push({ id: `form-${u}-${f}`, title: `Form ${f + 1} of user ${u}`, fields });
    }
    users.push({ id: `user-${u}`, name: `User ${u}`, email: `user${u}@example.com`, forms });
  }
  return users;
};
