/** Per-step training metrics: the CSV log, the progress line and the PNG chart. */
package dev.rlvr.trainer.metrics;
