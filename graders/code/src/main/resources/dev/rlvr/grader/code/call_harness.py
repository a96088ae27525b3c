# rlvr call harness (appended to pyvalues.py): calls the candidate's function once and prints
# "<nonce> <kind> <payload>" as its last line. Kinds: R (the return value, tagged JSON), E (the
# call raised: exception name), U (the value is not plain data), C (syntax error), L (the code
# failed while loading), N (no such function). rlvr compares R payloads itself; nothing here
# knows the expected value, so a forged line can only carry a guess.


def _rlvr_call_harness():
    import sys, builtins
    enc, dec, Unserialisable = _rlvr_codec()
    esc = _esc
    type_, str_, callable_, getattr_, isinstance_ = type, str, callable, getattr, isinstance
    compile_, exec_, base = compile, exec, BaseException
    request, report, error_name = _rlvr_protocol()
    name = request["fn"]
    args = dec(request.get("args", []))
    kwargs = dec(request.get("kwargs", {"$d": []}))
    source = request["source"]

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
