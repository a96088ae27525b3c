# rlvr in-process assert fallback (appended to pyvalues.py), for test code the driver cannot run
# apart from the candidate (it builds the candidate's classes, or passes functions as arguments).
# WEAKER than the driver: test code and its expected values run in the candidate's process. What
# it still does: every candidate function the test sees returns a plain copy of its value (no
# __eq__ of the candidate's), the test code gets builtins copied before the candidate ran (a
# patched abs or print does not reach it), and the pass line carries the run's nonce. What it
# cannot stop: a candidate that finds the nonce in memory, or patches a module the test imports.
# Last line: "<nonce> P" (passed), "F <json>" (failed), or C/L/N as in call_harness.py.


def _rlvr_assert_in_process():
    import builtins, random, sys, types
    enc, dec, Unserialisable = _rlvr_codec()
    loads, esc, dumps = _json.loads, _esc, _json.dumps
    type_, callable_, isinstance_, getattr_, base = type, callable, isinstance, getattr, BaseException
    function_type, compile_, exec_ = types.FunctionType, compile, exec
    str_, list_, type_error = str, list, TypeError
    request, report, error_name = _rlvr_protocol()
    entry, setup, test = request["entry"], request["setup"], request["test"]
    test_builtins = dict(builtins.__dict__)

    def plain(function):
        def call(*args, **kwargs):
            value = function(*args, **kwargs)
            try:
                return dec(loads(enc(value)))
            except Unserialisable as why:
                raise type_error("the candidate returned %s, not plain data" % why.args[0]) from None
        return call

    try:
        code = compile_(request["source"], "solution.py", "exec")
        test_code = compile_(test, "test.py", "exec")
        setup_code = compile_(setup, "setup.py", "exec")
    except base as error:
        sys.stderr.write("%s: %s\n" % (type_(error).__name__, error))
        report(b"C", error_name(error))
    candidate_ns = {"__name__": "rlvr_candidate", "__builtins__": builtins}
    exec_(RLVR_PRELUDE, candidate_ns)
    try:
        exec_(code, candidate_ns)
        function = candidate_ns.get(entry)
        if not callable_(function) or isinstance_(function, type_):
            solution = candidate_ns.get("Solution")
            function = getattr_(solution(), entry, None) if isinstance_(solution, type_) else None
    except base as error:
        _rlvr_print_error(error)
        report(b"L", error_name(error))
    test_ns = {"__name__": "__main__", "__builtins__": test_builtins}
    for name, value in list_(dict.items(candidate_ns)):
        if not name.startswith("__"):
            test_ns[name] = plain(value) if type_(value) is function_type else value
    candidate = plain(function) if callable_(function) else None
    if candidate is not None:
        test_ns[entry] = candidate
    _rlvr_install_modules({name: value for name, value in dict.items(test_ns) if not name.startswith("__")})
    try:
        random.seed(0)
        exec_(setup_code, test_ns)
        exec_(test_code, test_ns)
        check = test_ns.get("check")
        check_code = getattr_(check, "__code__", None)
        if check_code is not None and check_code.co_filename == "test.py":
            if candidate is None:
                report(b"N", esc("no function or Solution method named " + entry))
            check(candidate)
    except base as error:
        _rlvr_print_error(error)
        try:
            message = str_(error)[:300]
        except base:
            message = "?"
        report(b"F", dumps({"fail": type_.__getattribute__(type_(error), "__name__"), "message": message}))
    report(b"P", '""')


def _rlvr_print_error(error):
    try:
        import traceback
        traceback.print_exception(type(error), error, error.__traceback__)
    except BaseException:
        pass


_rlvr_assert_in_process()
