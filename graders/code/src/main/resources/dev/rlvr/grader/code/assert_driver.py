# rlvr assert driver (appended to pyvalues.py): runs trusted test code (MBPP asserts, HumanEval's
# check(candidate)) WITHOUT the candidate's code. The candidate's functions are stand-ins that
# answer from a memo of calls rlvr already made in the candidate's own sandbox run, as plain
# values; the first call not in the memo stops the run and is reported, rlvr makes it, and runs
# this again with the memo grown (test code is replayed from the start, with random seeded, so
# the same calls come in the same order). So comparisons run here, on data, where no candidate
# code can answer them. Last line: "<nonce> D <json>" with need, pass, fail, fallback or broken.


def _rlvr_candidate_names(source):
    """What the candidate defines at top level, read with ast (parsed, never run)."""
    import ast
    names = {"functions": set(), "classes": set(), "imports": {}, "other": set()}
    try:
        tree = ast.parse(source)
    except BaseException:
        return names

    def visit(body):
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names["functions"].add(node.name)
            elif isinstance(node, ast.ClassDef):
                names["classes"].add(node.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    top = alias.name.split(".")[0]
                    names["imports"][alias.asname or top] = (alias.name if alias.asname else top, None)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                for alias in node.names:
                    if alias.name != "*":
                        names["imports"][alias.asname or alias.name] = (node.module, alias.name)
            elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    for sub in ast.walk(target):
                        if isinstance(sub, ast.Name):
                            names["other"].add(sub.id)
            for field in ("body", "orelse", "finalbody"):
                if isinstance(node, (ast.If, ast.Try, ast.With)) and isinstance(getattr(node, field, None), list):
                    visit(getattr(node, field))
            for handler in getattr(node, "handlers", []) if isinstance(node, ast.Try) else []:
                visit(handler.body)

    visit(tree.body)
    names["other"] -= names["functions"]
    return names


def _rlvr_assert_driver():
    import builtins, importlib, os, random, sys
    enc, dec, Unserialisable = _rlvr_codec()
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)
    raw = sys.stdin.buffer.read()
    first, _, body = raw.partition(b"\n")
    nonce = first.strip()
    request = _json.loads(body.decode("utf-8"))
    memo = {key: (kind, payload) for key, kind, payload in request["memo"]}
    entry = request["entry"]
    names = _rlvr_candidate_names(request["source"])
    stdlib = getattr(sys, "stdlib_module_names", frozenset())
    state = {"need": None, "calls": 0}
    raised = set()

    def report(**reply):
        sys.stdout.flush()
        line = b"\n" + nonce + b" D " + _json.dumps(reply).encode("ascii") + b"\n"
        while line:
            line = line[os.write(1, line):]
        os._exit(0)

    class NeedCall(BaseException):
        """Not an Exception: test code's `except Exception` must not swallow it."""

    class Fallback(BaseException):
        pass

    class CandidateError(Exception):
        pass

    class Remote:
        def __init__(self, name):
            self.name = name

        def __call__(self, *args, **kwargs):
            try:
                encoded_args, encoded_kwargs = enc(list(args)), enc(dict(kwargs))
            except Unserialisable as why:
                raise Fallback("arguments to %s are not plain data (%s)" % (self.name, why.args[0]))
            state["calls"] += 1
            key = self.name + "\n" + encoded_args + "\n" + encoded_kwargs
            hit = memo.get(key)
            if hit is None:
                if state["need"] is None:
                    state["need"] = {"fn": self.name, "args": _json.loads(encoded_args),
                                     "kwargs": _json.loads(encoded_kwargs), "key": key}
                raise NeedCall()
            kind, payload = hit
            if kind == "R":
                return dec(payload)
            error_type = getattr(builtins, payload, None)
            if not (isinstance(error_type, type) and issubclass(error_type, Exception)):
                error_type = CandidateError
            error = error_type("raised by the candidate's %s" % self.name)
            raised.add(id(error))
            raise error

    class RemoteSolution:
        """Solution().method(...) in test code: each method is a remote call."""
        def __init__(self, *args, **kwargs):
            if args or kwargs:
                raise Fallback("Solution() takes arguments")

        def __getattr__(self, name):
            return Remote(name)

    def attempt(loaded):
        namespace = {"__name__": "__main__", "__builtins__": builtins}
        exec(RLVR_PRELUDE, namespace)
        namespace.update(loaded)
        for name in names["functions"]:
            namespace[name] = Remote(name)
        candidate = Remote(entry) if entry else None
        if candidate is not None:
            namespace[entry] = candidate
        if "Solution" in names["classes"]:
            namespace["Solution"] = RemoteSolution
        exported = {name: Remote(name) for name in names["functions"]}
        if "Solution" in names["classes"]:
            exported["Solution"] = RemoteSolution
        _rlvr_install_modules(exported)
        random.seed(0)
        if request["setup"].strip():
            exec(compile(request["setup"], "setup.py", "exec"), namespace)
        exec(compile(request["test"], "test.py", "exec"), namespace)
        check = namespace.get("check")
        code = getattr(check, "__code__", None)
        if candidate is not None and code is not None and code.co_filename == "test.py":
            check(candidate)

    for what, code in (("setup", request["setup"]), ("test", request["test"])):
        try:
            compile(code, what + ".py", "exec")
        except SyntaxError as error:
            report(broken="the %s code does not compile: %s" % (what, error))
    loaded = {}
    while True:
        try:
            attempt(loaded)
            outcome = None
        except NeedCall:
            outcome = None
        except Fallback as why:
            outcome = {"fallback": str(why)}
        except ImportError as error:
            # `from solution import Thing` where Thing is not a plain function: the candidate's own object.
            wanted = getattr(error, "name", None)
            if wanted in _RLVR_SOLUTION_MODULES or any(name in str(error) for name in
                                                       names["classes"] | names["other"]):
                outcome = {"fallback": "the test imports the candidate's objects (%s)" % error}
            else:
                outcome = {"fail": type(error).__name__, "message": str(error)[:300], "raised": False}
        except NameError as error:
            name = getattr(error, "name", None)
            source = names["imports"].get(name)
            if state["need"] is None and source and name not in loaded and source[0].split(".")[0] in stdlib:
                module = importlib.import_module(source[0])
                loaded[name] = getattr(module, source[1]) if source[1] else module
                continue  # the candidate's imports are visible to test code in the original harness
            if name in names["classes"] or name in names["other"] or name in names["imports"]:
                outcome = {"fallback": "the test uses the candidate's %s" % name}
            else:
                outcome = {"fail": "NameError", "message": str(error), "raised": False}
        except BaseException as error:
            outcome = {"fail": type(error).__name__, "message": str(error)[:300], "raised": id(error) in raised}
        break
    if state["need"] is not None:
        report(need=state["need"])
    if outcome is None and state["calls"] == 0:
        # Test code that never calls the program proves nothing about it (a unittest class nobody runs).
        report(fail="NoCall", message="the test code never called the program", raised=False)
    if outcome is None:
        report(passed=True)
    report(**outcome)


_rlvr_assert_driver()
