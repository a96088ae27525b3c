/*
 * rlvr-init: the first process of every sandboxed run. It starts as root inside the sandbox
 * (or on the host for the process backend), drops the program to an unprivileged uid with
 * rlimits, waits for it, kills whatever it left behind, and writes one report line:
 *
 *   exit=<code> signal=<n> cpu_us=<n> maxrss_kb=<n> wall_us=<n> timeout=<0|1>
 *
 * Why a helper of our own: RLIMIT_NPROC only bites for a non-root uid, the JVM cannot read a
 * grandchild's rusage, and a program's leftovers must be swept by a process of its own uid
 * (kill(-1) from that uid reaches exactly the program's processes and nothing of the host's).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop_requested = 0;
static volatile sig_atomic_t wall_expired = 0;

static void on_alarm(int sig) { (void) sig; wall_expired = 1; }
static void on_term(int sig) { (void) sig; stop_requested = 1; }

static long long now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long) ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

static long long parse_num(const char *text, const char *what) {
    char *end = NULL;
    errno = 0;
    long long value = strtoll(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || value < 0) {
        fprintf(stderr, "rlvr-init: bad %s '%s'\n", what, text);
        exit(120);
    }
    return value;
}

static void limit(int resource, long long value, const char *name) {
    if (value <= 0) return;
    struct rlimit rl = { (rlim_t) value, (rlim_t) value };
    if (resource == RLIMIT_CPU) rl.rlim_max = (rlim_t) value + 1; /* SIGXCPU first, SIGKILL a second later */
    if (setrlimit(resource, &rl) != 0) {
        fprintf(stderr, "rlvr-init: setrlimit %s: %s\n", name, strerror(errno));
        _exit(121);
    }
}

#if defined(__x86_64__)
#define NATIVE_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define NATIVE_ARCH AUDIT_ARCH_AARCH64
#endif
#ifndef __NR_clone3
#define __NR_clone3 435 /* the same on every architecture; older headers lack it */
#endif

/*
 * What no program we run needs, failed by a seccomp filter:
 * - keyrings (add_key, request_key, keyctl): a key outlives its run and would greet the next run
 *   that borrows the same uid (and every later test of a warm worker);
 * - new user namespaces (unshare or clone with CLONE_NEWUSER): they hand the program every
 *   capability over namespaces of its own, the way into most kernel privilege escalations;
 *   clone3 hides its flags from the filter, so it fails with ENOSYS and libc falls back to clone;
 * - every syscall of a foreign ABI (x32, or int 0x80 on x86-64), where all of these have other numbers.
 */
static int install_filter(void) {
#ifdef NATIVE_ARCH
    struct sock_filter filter[] = {
        /* 0 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        /* 1 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NATIVE_ARCH, 1, 0),
        /* 2 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
        /* 3 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
#if defined(__x86_64__)
        /* 4 */ BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000U, 10, 0), /* x32 */
#else
        /* 4 */ BPF_JUMP(BPF_JMP | BPF_JA, 0, 0, 0),
#endif
        /* 5 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_add_key, 9, 0),
        /* 6 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_request_key, 8, 0),
        /* 7 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_keyctl, 7, 0),
        /* 8 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone3, 6, 0),
        /* 9 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_unshare, 1, 0),
        /* 10 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone, 0, 2),
        /* 11: the flags, the low half of the first argument (both ABIs are little-endian) */
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
        /* 12 */ BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, CLONE_NEWUSER, 1, 0),
        /* 13 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        /* 14 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
        /* 15 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
    };
    struct sock_fprog program = { (unsigned short) (sizeof filter / sizeof filter[0]), filter };
    return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program, 0, 0);
#else
    return 0;
#endif
}

/* Kills every process of the program's uid: from that uid, kill(-1) can reach nothing else. */
static void sweep_uid(uid_t uid, gid_t gid) {
    pid_t killer = fork();
    if (killer == 0) {
        if (setgroups(0, NULL) != 0 || setresgid(gid, gid, gid) != 0 || setresuid(uid, uid, uid) != 0) _exit(1);
        /* Repeat: a fork bomb may create processes between two sweeps. */
        for (int round = 0; round < 64; round++) {
            if (kill(-1, SIGKILL) != 0 && errno == ESRCH) break;
        }
        _exit(0);
    }
    if (killer > 0) {
        int status;
        while (waitpid(killer, &status, 0) < 0 && errno == EINTR) { }
    }
}

int main(int argc, char **argv) {
    long long uid = -1, gid = -1, cpu = 0, as = 0, nproc = 0, fsize = 0, nofile = 64, stack = 0, wall_ms = 0;
    const char *report_path = NULL, *stdin_path = NULL, *workdir = NULL;
    int opt;
    while ((opt = getopt(argc, argv, "+u:g:t:m:p:f:n:s:w:r:i:d:")) != -1) {
        switch (opt) {
            case 'u': uid = parse_num(optarg, "uid"); break;
            case 'g': gid = parse_num(optarg, "gid"); break;
            case 't': cpu = parse_num(optarg, "cpu seconds"); break;
            case 'm': as = parse_num(optarg, "address space"); break;
            case 'p': nproc = parse_num(optarg, "process limit"); break;
            case 'f': fsize = parse_num(optarg, "file size"); break;
            case 'n': nofile = parse_num(optarg, "open files"); break;
            case 's': stack = parse_num(optarg, "stack"); break;
            case 'w': wall_ms = parse_num(optarg, "wall milliseconds"); break;
            case 'r': report_path = optarg; break;
            case 'i': stdin_path = optarg; break;
            case 'd': workdir = optarg; break;
            default:
                fprintf(stderr, "usage: rlvr-init [-u uid -g gid] [-t cpu_s] [-m as] [-p nproc] [-f fsize] "
                                "[-n nofile] [-s stack] [-w wall_ms] [-r report] [-i stdin] [-d dir] -- program...\n");
                return 120;
        }
    }
    if (optind >= argc || report_path == NULL) {
        fprintf(stderr, "rlvr-init: a report path and a program are required\n");
        return 120;
    }
    int drop = uid >= 0 && geteuid() == 0;
    if (drop && gid < 0) gid = uid;

    int report_fd = open(report_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (report_fd < 0) {
        fprintf(stderr, "rlvr-init: cannot open report %s: %s\n", report_path, strerror(errno));
        return 122;
    }
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    sa.sa_handler = on_term;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    long long started = now_us();
    pid_t child = fork();
    if (child < 0) {
        fprintf(stderr, "rlvr-init: fork: %s\n", strerror(errno));
        return 123;
    }
    if (child == 0) {
        signal(SIGPIPE, SIG_DFL);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        setpgid(0, 0);
        if (stdin_path != NULL) {
            int in = open(stdin_path, O_RDONLY);
            if (in < 0 || dup2(in, 0) < 0) {
                fprintf(stderr, "rlvr-init: stdin %s: %s\n", stdin_path, strerror(errno));
                _exit(124);
            }
            close(in);
        }
        if (workdir != NULL && chdir(workdir) != 0) {
            fprintf(stderr, "rlvr-init: chdir %s: %s\n", workdir, strerror(errno));
            _exit(124);
        }
        /* The launcher made the sandbox's own processes the OOM killer's last choice; the program is its first. */
        int oom = open("/proc/self/oom_score_adj", O_WRONLY);
        if (oom >= 0) {
            if (write(oom, "0", 1) < 0) { /* not fatal: the kernel default applies */ }
            close(oom);
        }
        limit(RLIMIT_CPU, cpu, "cpu");
        limit(RLIMIT_AS, as, "as");
        limit(RLIMIT_NPROC, nproc, "nproc");
        limit(RLIMIT_FSIZE, fsize, "fsize");
        limit(RLIMIT_NOFILE, nofile, "nofile");
        limit(RLIMIT_STACK, stack, "stack");
        limit(RLIMIT_CORE, 0, "core");
        struct rlimit none_at_all = { 0, 0 };
        setrlimit(RLIMIT_CORE, &none_at_all);
        /* POSIX message queues live as long as the ipc namespace, which a warm worker's tests share. */
        setrlimit(RLIMIT_MSGQUEUE, &none_at_all);
        if (drop) {
            if (setgroups(0, NULL) != 0 || setresgid((gid_t) gid, (gid_t) gid, (gid_t) gid) != 0
                    || setresuid((uid_t) uid, (uid_t) uid, (uid_t) uid) != 0) {
                fprintf(stderr, "rlvr-init: cannot drop to uid %lld: %s\n", uid, strerror(errno));
                _exit(125);
            }
        }
        prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
        if (install_filter() != 0) {
            fprintf(stderr, "rlvr-init: seccomp: %s\n", strerror(errno));
            _exit(125);
        }
#ifdef SYS_close_range
        syscall(SYS_close_range, 3U, ~0U, 0U);
#endif
        execvp(argv[optind], &argv[optind]);
        fprintf(stderr, "rlvr-init: cannot run %s: %s\n", argv[optind], strerror(errno));
        _exit(127);
    }

    if (wall_ms > 0) {
        struct itimerval timer;
        memset(&timer, 0, sizeof timer);
        timer.it_value.tv_sec = wall_ms / 1000;
        timer.it_value.tv_usec = (wall_ms % 1000) * 1000;
        setitimer(ITIMER_REAL, &timer, NULL);
    }

    int child_status = 0, child_done = 0, timed_out = 0;
    long long cpu_us = 0, maxrss_kb = 0, ended = 0;
    for (;;) {
        if ((wall_expired || stop_requested) && !child_done) {
            timed_out = wall_expired;
            if (drop) sweep_uid((uid_t) uid, (gid_t) gid);
            kill(-child, SIGKILL);
            kill(child, SIGKILL);
        }
        int status;
        struct rusage usage;
        pid_t pid = wait4(-1, &status, 0, &usage);
        if (pid < 0) {
            if (errno == EINTR) continue;
            break; /* ECHILD: everything is reaped */
        }
        cpu_us += (long long) usage.ru_utime.tv_sec * 1000000LL + usage.ru_utime.tv_usec
                + (long long) usage.ru_stime.tv_sec * 1000000LL + usage.ru_stime.tv_usec;
        if (usage.ru_maxrss > maxrss_kb) maxrss_kb = usage.ru_maxrss;
        if (pid == child) {
            child_status = status;
            child_done = 1;
            ended = now_us();
            /* The program is over: nothing it started may outlive it. */
            if (drop) sweep_uid((uid_t) uid, (gid_t) gid);
            kill(-child, SIGKILL);
        }
    }
    if (!ended) ended = now_us();

    int exit_code = WIFEXITED(child_status) ? WEXITSTATUS(child_status) : -1;
    int term_signal = WIFSIGNALED(child_status) ? WTERMSIG(child_status) : 0;
    dprintf(report_fd, "exit=%d signal=%d cpu_us=%lld maxrss_kb=%lld wall_us=%lld timeout=%d\n",
            exit_code, term_signal, cpu_us, maxrss_kb, ended - started, timed_out);
    close(report_fd);
    return 0;
}
