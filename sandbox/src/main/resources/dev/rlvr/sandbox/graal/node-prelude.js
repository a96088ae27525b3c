// The slice of node's API that competitive-programming solutions use, over the sandbox's stdin
// and output bridges. Evaluated before the program; returns the function the sandbox calls with
// (stdin text, argv as JSON, write(fd, text), exit(code)), which in turn returns `finish`: run
// after the program's top level, it replays stdin to the listeners the program registered, the
// way node's event loop would, and returns the exit code.
(function (stdinText, argvJson, write, exit) {
    'use strict';

    const EXIT = Object.freeze({ name: 'ProcessExit', message: 'process.exit() was called' });
    const inputLines = splitLines(stdinText);
    const readers = [];
    const stdinListeners = { data: [], end: [] };

    function splitLines(text) {
        const lines = text.split(/\r?\n/);
        if (lines.length > 0 && lines[lines.length - 1] === '') {
            lines.pop(); // a final newline ends the last line; it does not start another
        }
        return lines;
    }

    function show(value) {
        if (typeof value === 'string') {
            return value;
        }
        return inspect(value, 0);
    }

    // Node's layout for the common cases: [ 1, 2 ], { a: 1 }, 'quoted' strings inside containers.
    function inspect(value, depth) {
        if (typeof value === 'string') {
            return depth === 0 ? value : "'" + value + "'";
        }
        if (typeof value === 'bigint') {
            return value + 'n';
        }
        if (Object.is(value, -0)) {
            return '-0';
        }
        if (value === null || typeof value !== 'object') {
            return typeof value === 'function' ? '[Function: ' + (value.name || '(anonymous)') + ']' : String(value);
        }
        if (value instanceof Error) {
            return value.stack || String(value);
        }
        if (depth > 2) {
            return Array.isArray(value) ? '[Array]' : '[Object]';
        }
        if (Array.isArray(value)) {
            return value.length === 0 ? '[]' : '[ ' + value.map(item => inspect(item, depth + 1)).join(', ') + ' ]';
        }
        const keys = Object.keys(value);
        const body = keys.map(key => key + ': ' + inspect(value[key], depth + 1)).join(', ');
        return keys.length === 0 ? '{}' : '{ ' + body + ' }';
    }

    function format(args) {
        return Array.prototype.map.call(args, show).join(' ') + '\n';
    }

    function outputStream(fd) {
        return {
            fd: fd,
            write(chunk, encoding, callback) {
                write(fd, String(chunk));
                const done = typeof encoding === 'function' ? encoding : callback;
                if (typeof done === 'function') {
                    done();
                }
                return true;
            },
            on() { return this; },
            once() { return this; },
            end(chunk) {
                if (chunk !== undefined) {
                    write(fd, String(chunk));
                }
            },
        };
    }

    function readFileSync(path, options) {
        if (path === 0 || path === '/dev/stdin') {
            return stdinText; // a string stands in for the Buffer: toString() and + '' behave alike
        }
        const error = new Error("EACCES: files are not available in this sandbox, open '" + path + "'");
        error.code = 'EACCES';
        throw error;
    }

    function writeTo(target, data) {
        const fd = target === 1 || target === '/dev/stdout' ? 1 : target === 2 || target === '/dev/stderr' ? 2 : -1;
        if (fd < 0) {
            const error = new Error("EACCES: files are not available in this sandbox, open '" + target + "'");
            error.code = 'EACCES';
            throw error;
        }
        write(fd, String(data));
    }

    const fs = {
        readFileSync: readFileSync,
        writeFileSync: writeTo,
        writeSync: writeTo,
    };

    function createInterface() {
        const listeners = { line: [], close: [] };
        const reader = {
            closed: false,
            on(event, listener) {
                if (listeners[event]) {
                    listeners[event].push(listener);
                }
                return reader;
            },
            close() {
                if (!reader.closed) {
                    reader.closed = true;
                    listeners.close.forEach(listener => listener());
                }
            },
            emitAll() {
                for (const line of inputLines) {
                    if (reader.closed) {
                        return;
                    }
                    listeners.line.forEach(listener => listener(line));
                }
                reader.close();
            },
            [Symbol.asyncIterator]() {
                let next = 0;
                return {
                    next() {
                        return Promise.resolve(next < inputLines.length
                            ? { value: inputLines[next++], done: false }
                            : { value: undefined, done: true });
                    },
                    return() {
                        return Promise.resolve({ value: undefined, done: true });
                    },
                };
            },
        };
        reader.once = reader.on;
        reader.addListener = reader.on;
        readers.push(reader);
        return reader;
    }

    const stdin = {
        fd: 0,
        on(event, listener) {
            if (stdinListeners[event]) {
                stdinListeners[event].push(listener);
            }
            return stdin;
        },
        setEncoding() { return stdin; },
        resume() { return stdin; },
        pause() { return stdin; },
    };
    stdin.once = stdin.on;
    stdin.addListener = stdin.on;

    const modules = {
        fs: fs,
        readline: { createInterface: createInterface },
    };

    const process = {
        argv: JSON.parse(argvJson),
        env: {},
        platform: 'linux',
        exitCode: undefined,
        stdin: stdin,
        stdout: outputStream(1),
        stderr: outputStream(2),
        exit(code) {
            exit(code === undefined ? (process.exitCode | 0) : (code | 0));
            throw EXIT; // unwinds the program; the sandbox stops the run even if a catch swallows this
        },
        nextTick(callback, ...args) {
            Promise.resolve().then(() => callback(...args));
        },
        hrtime: { bigint: () => BigInt(Date.now()) * 1000000n },
        memoryUsage: () => ({ heapUsed: 0, rss: 0 }),
    };

    globalThis.process = process;
    globalThis.global = globalThis;
    globalThis.module = { exports: {} };
    globalThis.exports = globalThis.module.exports;
    globalThis.require = function require(name) {
        const key = String(name).replace(/^node:/, '');
        if (Object.prototype.hasOwnProperty.call(modules, key)) {
            return modules[key];
        }
        const error = new Error("Cannot find module '" + name + "': this sandbox provides fs and readline only");
        error.code = 'MODULE_NOT_FOUND';
        throw error;
    };
    const console = globalThis.console || (globalThis.console = {});
    console.log = function log() { write(1, format(arguments)); };
    console.info = console.log;
    console.debug = console.log;
    console.error = function error() { write(2, format(arguments)); };
    console.warn = console.error;

    return function finish() {
        if (stdinText.length > 0) {
            stdinListeners.data.forEach(listener => listener(stdinText));
        }
        stdinListeners.end.forEach(listener => listener());
        readers.forEach(reader => reader.emitAll());
        return process.exitCode | 0;
    };
})
