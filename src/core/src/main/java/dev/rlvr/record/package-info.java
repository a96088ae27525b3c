/**
 * The batch JSONL records shared by {@code rlvr score}, the server and the trainer: reading an
 * input line (with the dataset aliases and {@code --map} overrides) into a rollout and its
 * reference, and writing exactly one output line per input line.
 */
package dev.rlvr.record;
