# rlvr's warm Python worker: started once inside the sandbox, it forks a fresh child for every
# test so that no test pays interpreter start-up. The parent never runs untrusted code: the child
# drops to the run's uid, takes its rlimits, and only then compiles and executes the program.
#
# Protocol on fds 0/1 (moved away from 0/1 at start): a request is a 4-byte big-endian length,
# a JSON header of that length (limits and paths only), then header["payload_len"] bytes of JSON
# with the test's program, arguments and files, then header["stdin_len"] bytes of standard input.
# A reply is a 4-byte length, a JSON header with the exit status, resource use and output lengths,
# then the raw stdout and stderr.
#
# The next test's child is a fork of this process, so the test's data (payload, stdin, output)
# only ever sits in bytearrays that are zeroed when the test is over: never in str or bytes
# objects, whose freed memory the next test could scan. Only the child decodes the payload.
import ctypes, io, json, os, resource, select, shutil, signal, struct, sys, time, traceback, types

# What typical solutions import, loaded once here so that children start with them warm.
import array, bisect, collections, copy, decimal, fractions, functools, heapq, itertools, math
import operator, random, re, statistics, string, typing

PR_SET_CHILD_SUBREAPER = 36
PR_SET_DUMPABLE = 4
LIBC = ctypes.CDLL(None, use_errno=True)

CLEAN = b"C"
REQUESTS = os.dup(0)
REPLIES = os.dup(1)
os.close(0)
os.open("/dev/null", os.O_RDONLY)
os.dup2(2, 1)


def read_exactly(fd, n):
    """n bytes into a fresh bytearray, without intermediate copies."""
    data = bytearray(n)
    view = memoryview(data)
    while view:
        got = os.readv(fd, [view])
        if not got:
            raise EOFError
        view = view[got:]
    return data


def zero(*buffers):
    for buffer in buffers:
        buffer[:] = bytes(len(buffer))


def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def drop_to(uid):
    if uid >= 0 and os.geteuid() == 0:
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)


def leftovers():
    """In a pid namespace of our own, whether any process but the sandbox's init, rlvr-init and us is alive."""
    ours = {1, os.getpid(), os.getppid()}
    try:
        return any(name.isdigit() and int(name) not in ours for name in os.listdir("/proc"))
    except OSError:
        return True


def sweep(uid, pgid):
    """Kills what the test left: as its uid, kill(-1) reaches exactly its processes."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except OSError:
        pass
    if uid < 0 or os.geteuid() != 0:
        return
    pid = os.fork()
    if pid == 0:
        try:
            drop_to(uid)
            for _ in range(64):
                try:
                    os.kill(-1, signal.SIGKILL)
                except ProcessLookupError:
                    break
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


IPC_RMID = 0
SYSV_IPC = (("shm", "shmctl"), ("msg", "msgctl"), ("sem", "semctl"))


def ipc_leftovers():
    """The System V objects alive in this sandbox's ipc namespace, which outlives every test."""
    found = []
    for kind, call in SYSV_IPC:
        try:
            with open("/proc/sysvipc/" + kind) as table:
                rows = table.read().splitlines()[1:]
        except OSError:
            continue
        found += [(call, int(row.split()[1])) for row in rows if row.strip()]
    return found


def remove_ipc(uid, objects):
    """Removes what a test left in shared memory, queues and semaphores: the next test must not read it."""
    pid = os.fork()
    if pid == 0:
        try:
            # Without CAP_SYS_ADMIN only the creator's uid may remove an object.
            drop_to(uid)
            for call, ident in objects:
                getattr(LIBC, call)(ident, *((0, IPC_RMID, None) if call == "semctl" else (IPC_RMID, None)))
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def wipe(directory):
    """Empties a directory the tests can write to, keeping only this worker's own script."""
    try:
        entries = os.listdir(directory)
    except OSError:
        return
    for name in entries:
        if name == os.path.basename(__file__):
            continue
        path = os.path.join(directory, name)
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)
        except OSError:
            pass


def run_child(req, payload, stdin_fd, out_w, err_w, workdir):
    """In the forked child: write the test's files, confine, then become the program."""
    try:
        os.setsid()
        req.update(json.loads(payload.decode("utf-8")))
        for name, text in req["files"].items():
            path = os.path.join(workdir, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
        os.dup2(stdin_fd, 0)
        os.dup2(out_w, 1)
        os.dup2(err_w, 2)
        os.closerange(3, 1 << 16)
        for name, value in (("RLIMIT_CPU", req["cpu_s"]), ("RLIMIT_AS", req["as"]), ("RLIMIT_NPROC", req["nproc"]),
                            ("RLIMIT_FSIZE", req["fsize"]), ("RLIMIT_NOFILE", 256), ("RLIMIT_CORE", 0),
                            # No POSIX message queue: they would outlive the test in the shared ipc namespace.
                            ("RLIMIT_MSGQUEUE", 0)):
            if value > 0 or name in ("RLIMIT_CORE", "RLIMIT_MSGQUEUE"):
                hard = value + 1 if name == "RLIMIT_CPU" else value
                resource.setrlimit(getattr(resource, name), (value, hard))
        os.chdir(workdir)
        os.environ["HOME"] = workdir
        try:
            # The worker is the OOM killer's last choice; the test is its first.
            with open("/proc/self/oom_score_adj", "w") as oom:
                oom.write("0")
        except OSError:
            pass
        drop_to(req["uid"])
        LIBC.prctl(38, 1, 0, 0, 0)  # PR_SET_NO_NEW_PRIVS
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
        sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)), encoding="utf-8")
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)), encoding="utf-8")
        sys.stderr = io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "w", closefd=False)), encoding="utf-8",
                                      errors="backslashreplace", line_buffering=True)
        sys.argv = [req["filename"]] + req["args"]
        sys.path[0] = workdir
    except BaseException:
        os._exit(126)
    code = 0
    try:
        main = types.ModuleType("__main__")
        main.__file__ = os.path.join(workdir, req["filename"])
        main.__builtins__ = __builtins__
        sys.modules["__main__"] = main
        compiled = compile(req["source"], main.__file__, "exec")
        exec(compiled, main.__dict__)
    except SystemExit as stop:
        if stop.code is None:
            code = 0
        elif isinstance(stop.code, int):
            code = stop.code & 0xFF
        else:
            try:
                print(stop.code, file=sys.stderr)
            except BaseException:
                pass
            code = 1
    except BaseException as error:
        try:
            # Start the traceback at the program's frames, as a fresh interpreter would print it.
            frames = error.__traceback__.tb_next if error.__traceback__ is not None else None
            traceback.print_exception(type(error), error, frames)
        except BaseException:
            pass
        code = 1
    try:
        sys.stdout.flush()
    except BaseException:
        code = code or 120
    try:
        sys.stderr.flush()
    except BaseException:
        pass
    os._exit(code)


def read_output(fd, chunks, cap, total):
    """Appends what fd has to chunks (64 KiB bytearrays, never reallocated); returns the new total or -1 at EOF."""
    if not chunks or chunks[-1][1] == len(chunks[-1][0]):
        chunks.append([bytearray(65536), 0])
    last = chunks[-1]
    got = os.readv(fd, [memoryview(last[0])[last[1]:]])
    if not got:
        return -1
    keep = min(got, max(0, cap - total))
    last[1] += keep
    return total + got


def clean_up(req, counter):
    """Nothing one test leaves may reach the next: its IPC objects and every file it could write."""
    objects = ipc_leftovers()
    if objects:
        remove_ipc(req["uid"], objects)
    shutil.rmtree(os.path.join(req["workroot"], "t-%d" % counter), ignore_errors=True)
    for directory in req["wipe"]:
        wipe(directory)


def serve_one(req, payload, stdin_bytes, counter):
    workdir = os.path.join(req["workroot"], "t-%d" % counter)
    os.makedirs(workdir, exist_ok=True)
    if req["uid"] >= 0 and os.geteuid() == 0:
        os.chown(workdir, req["uid"], req["uid"])
    stdin_fd = os.memfd_create("stdin")
    write_all(stdin_fd, stdin_bytes)
    os.lseek(stdin_fd, 0, os.SEEK_SET)
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(out_r)
        os.close(err_r)
        run_child(req, payload, stdin_fd, out_w, err_w, workdir)
    zero(payload, stdin_bytes)
    os.close(out_w)
    os.close(err_w)
    os.close(stdin_fd)
    cap = req["out_cap"]
    buffers = {out_r: [], err_r: []}
    totals = {out_r: 0, err_r: 0}
    open_fds = [out_r, err_r]
    deadline = started + req["wall_ms"] / 1000.0
    timeout = overflow = False
    while open_fds:
        left = deadline - time.monotonic()
        if left <= 0:
            timeout = True
            break
        ready, _, _ = select.select(open_fds, [], [], left)
        for fd in ready:
            total = read_output(fd, buffers[fd], cap, totals[fd])
            if total < 0:
                open_fds.remove(fd)
                continue
            totals[fd] = total
            if total > cap:
                overflow = True
        if overflow:
            break
    if timeout or overflow:
        sweep(req["uid"], pid)
    _, status, usage = os.wait4(pid, 0)
    ended = time.monotonic()
    cpu = usage.ru_utime + usage.ru_stime
    maxrss = usage.ru_maxrss
    # Whatever the program started and left running dies now, and is reaped here (we are its subreaper).
    if not req["own_pid_namespace"] or leftovers():
        sweep(req["uid"], pid)
    while True:
        try:
            _, _, orphan_usage = os.wait4(-1, 0)
            cpu += orphan_usage.ru_utime + orphan_usage.ru_stime
            maxrss = max(maxrss, orphan_usage.ru_maxrss)
        except ChildProcessError:
            break
    os.close(out_r)
    os.close(err_r)
    return {
        "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0,
        "cpu_us": int(cpu * 1e6),
        "maxrss_kb": maxrss,
        "wall_us": int((ended - started) * 1e6),
        "timeout": timeout,
        "overflow": overflow,
        "stdout_len": sum(used for _, used in buffers[out_r]),
        "stderr_len": sum(used for _, used in buffers[err_r]),
    }, buffers[out_r] + buffers[err_r]


def main():
    LIBC.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    LIBC.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # no test may ptrace or read the worker's memory
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    write_all(REPLIES, b"RLVR-WORKER-READY\n")
    counter = 0
    while True:
        try:
            (length,) = struct.unpack(">I", read_exactly(REQUESTS, 4))
            req = json.loads(read_exactly(REQUESTS, length))
            payload = read_exactly(REQUESTS, req["payload_len"])
            stdin_bytes = read_exactly(REQUESTS, req["stdin_len"])
        except EOFError:
            return
        counter += 1
        output = []
        try:
            reply, output = serve_one(req, payload, stdin_bytes, counter)
        except Exception as error:
            zero(payload, stdin_bytes)
            reply = {"error": "%s: %s" % (type(error).__name__, error), "stdout_len": 0, "stderr_len": 0}
        body = json.dumps(reply).encode("ascii")
        write_all(REPLIES, struct.pack(">I", len(body)) + body)
        for chunk, used in output:
            write_all(REPLIES, memoryview(chunk)[:used])
        # Zeroed, not just freed: the next test's child is forked from this memory.
        zero(*(chunk for chunk, _ in output))
        # After the reply, so that the verdict does not wait for (nor time out on) deleting what the
        # test wrote; the host sends the next test only after this mark.
        try:
            clean_up(req, counter)
        except Exception:
            return  # a worker that cannot clean up must not serve another test: the host replaces it
        write_all(REPLIES, CLEAN)
        del req, payload, stdin_bytes, output, reply, body


main()
