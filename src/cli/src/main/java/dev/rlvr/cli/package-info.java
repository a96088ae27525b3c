/**
 * The {@code rlvr} command line (picocli): one {@code *Command} class per command, the plug-in
 * path, and the batch pipeline behind {@code rlvr score}. An application, not an API.
 */
package dev.rlvr.cli;
