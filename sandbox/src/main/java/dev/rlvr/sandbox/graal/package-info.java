/**
 * The {@code graal} sandbox backend: JavaScript in this JVM through GraalVM Polyglot. Only
 * {@link dev.rlvr.sandbox.graal.GraalSandbox} is public; the rest is its plumbing.
 */
package dev.rlvr.sandbox.graal;
