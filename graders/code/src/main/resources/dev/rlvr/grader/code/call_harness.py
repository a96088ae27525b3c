# rlvr call harness (appended to pyvalues.py): calls the candidate's function once and prints
# "<nonce> <kind> <payload>" as its last line. Kinds: R (the return value, tagged JSON), E (the
# call raised: exception name), U (the value is not plain data), C (syntax error), L (the code
# failed while loading), N (no such function). rlvr compares R payloads itself; nothing here
# knows the expected value, so a forged line can only carry a guess.


def _rlvr_call_harness():
    import os, sys, io, builtins
    enc, dec, Unserialisable = _rlvr_codec()
    write, exit_now, esc, loads = os.write, os._exit, _esc, _json.loads
    type_, str_, callable_, getattr_, isinstance_ = type, str, callable, getattr, isinstance
    compile_, exec_, base = compile, exec, BaseException
    out = sys.stdout
    flush = io.TextIOWrapper.flush
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)

    raw = sys.stdin.buffer.read()
    # Stdin is spent; the program gets an empty one instead of a copy of the request.
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    first, _, body = raw.partition(b"\n")
    nonce = first.strip()
    request = loads(body.decode("utf-8"))
    del raw, first, body
    name = request["fn"]
    args = dec(request.get("args", []))
    kwargs = dec(request.get("kwargs", {"$d": []}))
    source = request["source"]

    def report(kind, payload):
        try:
            flush(out)
        except base:
            pass
        line = b"\n" + nonce + b" " + kind + b" " + payload.encode("ascii") + b"\n"
        while line:
            line = line[write(1, line):]
        exit_now(0)

    def error_name(error):
        try:
            return esc(type_.__getattribute__(type_(error), "__name__"))
        except base:
            return '"?"'

    try:
        code = compile_(source, "solution.py", "exec")
    except base as error:
        sys.stderr.write("%s: %s\n" % (type_(error).__name__, error))
        report(b"C", error_name(error))
    namespace = {"__name__": "rlvr_candidate", "__builtins__": builtins}
    exec_(RLVR_PRELUDE, namespace)
    try:
        exec_(code, namespace)
        function = namespace.get(name)
        if not callable_(function) or isinstance_(function, type_):
            function = None
            solution = namespace.get("Solution")
            if isinstance_(solution, type_):
                function = getattr_(solution(), name, None)
    except base as error:
        _rlvr_traceback(error)
        report(b"L", error_name(error))
    if function is None or not callable_(function):
        report(b"N", esc("no function or Solution method named " + name))
    try:
        value = function(*args, **kwargs)
    except base as error:
        _rlvr_traceback(error)
        report(b"E", error_name(error))
    try:
        payload = enc(value)
    except Unserialisable as why:
        report(b"U", esc(str_(why.args[0])))
    except base as error:
        _rlvr_traceback(error)
        report(b"E", error_name(error))
    report(b"R", payload)


def _rlvr_traceback(error):
    try:
        import traceback
        traceback.print_exception(type(error), error, error.__traceback__)
    except BaseException:
        pass


_rlvr_call_harness()
