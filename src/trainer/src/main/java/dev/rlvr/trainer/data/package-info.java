/** Training data: arithmetic problems read from JSONL, and the prompt template around them. */
package dev.rlvr.trainer.data;
