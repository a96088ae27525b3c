/**
 * {@code rlvr serve}: the HTTP reward server that Python trainers (OpenRLHF, TRL, verl) call.
 * Requests are parsed into the same input records as {@code rlvr score} reads and answered with
 * the same output records; an application, not an API.
 */
package dev.rlvr.cli.serve;
