// rlvr call harness for JavaScript: the same protocol as call_harness.py. Reads "<nonce>\n<request>"
// on stdin, loads the candidate (module.exports, a top-level function or var, or class Solution),
// calls the function once and prints "<nonce> <kind> <payload>" last. Only plain data is written:
// arrays, plain objects, Map, Set, strings, numbers, booleans, null; anything else (a class
// instance, a Proxy) is "U". Everything the harness uses is captured before the candidate runs.
'use strict';
(function () {
  const fs = require('fs');
  const vm = require('vm');
  const util = require('util');
  const writeSync = fs.writeSync;
  const stringify = JSON.stringify;
  const getProto = Object.getPrototypeOf;
  const objectKeys = Object.keys;
  const isArray = Array.isArray;
  const isInteger = Number.isInteger;
  const isProxy = util.types.isProxy;
  const describe = Object.prototype.toString;
  const apply = Reflect.apply;
  const setValues = Set.prototype.values;
  const mapEntries = Map.prototype.entries;
  const ArrayProto = Array.prototype, ObjectProto = Object.prototype, SetProto = Set.prototype;
  const MapProto = Map.prototype, PromiseProto = Promise.prototype;
  const then = Promise.prototype.then;
  const exit = (process.reallyExit || process.exit).bind(process);
  const MAX_DEPTH = 400;

  const raw = fs.readFileSync(0, 'utf8');
  const split = raw.indexOf('\n');
  const nonce = raw.slice(0, split).trim();
  const request = JSON.parse(raw.slice(split + 1));

  class Unserialisable extends Error {}

  function report(kind, payload) {
    let line = Buffer.from('\n' + nonce + ' ' + kind + ' ' + payload + '\n', 'utf8');
    while (line.length > 0) {
      try {
        line = line.subarray(writeSync(1, line));
      } catch (e) {
        if (e.code !== 'EAGAIN') {
          break;
        }
      }
    }
    exit(0);
  }

  function number(value) {
    if (isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) {
      return String(value);
    }
    const text = value !== value ? 'nan' : value === Infinity ? 'inf' : value === -Infinity ? '-inf' : String(value);
    return '{"$f":' + stringify(text) + '}';
  }

  function enc(value, depth) {
    if (depth > MAX_DEPTH) {
      throw new Unserialisable('nested deeper than ' + MAX_DEPTH);
    }
    const kind = typeof value;
    if (value === null || value === undefined) return 'null';
    if (kind === 'boolean') return value ? 'true' : 'false';
    if (kind === 'number') return number(value);
    if (kind === 'bigint') return value.toString();
    if (kind === 'string') return stringify(value);
    if (kind !== 'object' || isProxy(value)) {
      throw new Unserialisable('a value of type ' + kind);
    }
    const proto = getProto(value);
    const items = [];
    if (proto === ArrayProto && isArray(value)) {
      for (let i = 0; i < value.length; i++) items.push(enc(value[i], depth + 1));
      return '[' + items.join(',') + ']';
    }
    if (proto === SetProto) {
      for (const item of apply(setValues, value, [])) items.push(enc(item, depth + 1));
      return '{"$s":[' + items.join(',') + ']}';
    }
    if (proto === MapProto) {
      for (const [k, v] of apply(mapEntries, value, [])) items.push('[' + enc(k, depth + 2) + ',' + enc(v, depth + 2) + ']');
      return '{"$d":[' + items.join(',') + ']}';
    }
    if (proto === ObjectProto || proto === null) {
      for (const k of objectKeys(value)) items.push('[' + stringify(k) + ',' + enc(value[k], depth + 2) + ']');
      return '{"$d":[' + items.join(',') + ']}';
    }
    throw new Unserialisable('a value of type ' + apply(describe, value, []));
  }

  function dec(node) {
    if (isArray(node)) return node.map(dec);
    if (node === null || typeof node !== 'object') return node;
    const [tag] = objectKeys(node);
    const body = node[tag];
    if (tag === '$f') return body === 'nan' ? NaN : body === 'inf' ? Infinity : body === '-inf' ? -Infinity : Number(body);
    if (tag === '$t') return body.map(dec);
    if (tag === '$s' || tag === '$fs') return new Set(body.map(dec));
    if (tag === '$d') {
      const plain = body.every(([k]) => typeof k === 'string');
      if (plain) {
        const object = {};
        for (const [k, v] of body) object[k] = dec(v);
        return object;
      }
      return new Map(body.map(([k, v]) => [dec(k), dec(v)]));
    }
    throw new Error('unknown tag ' + tag);
  }

  function errorName(error) {
    try {
      return stringify(String(error && error.name ? error.name : typeof error));
    } catch (e) {
      return '"?"';
    }
  }

  function deliver(value) {
    let payload;
    try {
      payload = enc(value, 0);
    } catch (error) {
      if (error instanceof Unserialisable) report('U', stringify(error.message));
      console.error(error);
      report('E', errorName(error));
    }
    report('R', payload);
  }

  const name = request.fn;
  const args = dec(request.args || []);
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) report('N', stringify('not a function name: ' + name));
  let load;
  try {
    load = vm.runInThisContext('(function (exports, require, module, __filename, __dirname) {' + request.source
        + '\n;return function (__rlvr_name__) { try { return eval(__rlvr_name__); } catch (e) { return undefined; } };\n})',
        { filename: 'solution.js' });
  } catch (error) {
    console.error(String(error));
    report('C', errorName(error));
  }
  let fn, self;
  try {
    const module = { exports: {} };
    const lookup = load(module.exports, require, module, 'solution.js', '.');
    const exported = module.exports;
    if (typeof exported === 'function' && (exported.name === name || lookup(name) === undefined)) fn = exported;
    else if (exported && typeof exported[name] === 'function') fn = exported[name];
    else if (typeof lookup(name) === 'function') fn = lookup(name);
    else {
      const Solution = (exported && exported.Solution) || lookup('Solution');
      if (typeof Solution === 'function') {
        self = new Solution();
        fn = self[name];
      }
    }
  } catch (error) {
    console.error(error);
    report('L', errorName(error));
  }
  if (typeof fn !== 'function') report('N', stringify('no function or Solution method named ' + name));
  let value;
  try {
    value = apply(fn, self, args);
  } catch (error) {
    console.error(error);
    report('E', errorName(error));
  }
  if (value !== null && typeof value === 'object' && getProto(value) === PromiseProto) {
    apply(then, value, [deliver, (error) => { console.error(error); report('E', errorName(error)); }]);
  } else {
    deliver(value);
  }
})();
