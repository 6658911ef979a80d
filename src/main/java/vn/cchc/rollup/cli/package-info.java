/**
 * The command line: {@link vn.cchc.rollup.cli.Cli}, the jar's main class, hands each command its
 * arguments; every command parses its own options ({@code Arguments}), prints its help and messages in
 * Vietnamese and returns the exit code. {@code run} and {@code serve} start the consolidation job
 * through {@link vn.cchc.rollup.job.JobRunner} and print its summary; {@code status} lists the job's
 * last runs; {@code check}, {@code template} and {@code sample} need neither the job nor Spring.
 * The job itself, its three steps and their wiring, is in {@code vn.cchc.rollup.job}.
 */
package vn.cchc.rollup.cli;
