package vn.cchc.rollup.job;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import vn.cchc.rollup.score.EvaluationTable;
import vn.cchc.rollup.store.ReportStore;

/**
 * The consolidation job: scan the reports folder, read new and changed files into the store,
 * then evaluate, score and publish every period.
 */
@Configuration
public class ConsolidationJobConfig {

    public static final String JOB_NAME = "consolidation";
    /**
     * Files parsed together, then stored in one transaction: a national period is thousands of
     * one-agency files, and every chunk costs a commit, the job repository's update and a wait for
     * the chunk's slowest file.
     */
    private static final int FILES_PER_CHUNK = 32;
    private static final long BYTES_AHEAD = 64L * 1024 * 1024;

    @Bean
    Job consolidationJob(JobRepository jobRepository, Step scanStep, Step readStep, Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(scanStep)
                .next(readStep)
                .next(publishStep)
                .build();
    }

    @Bean
    Step scanStep(JobRepository jobRepository, PlatformTransactionManager tx, ReportStore store) {
        return new StepBuilder("scan", jobRepository).tasklet(new ScanTasklet(store), tx)
                .listener(new StepLog()).build();
    }

    @Bean
    Step readStep(JobRepository jobRepository, PlatformTransactionManager tx, ParsedFileReader parsedFiles,
            ReportStore store) {
        return new StepBuilder("read", jobRepository)
                .<ParsedFile, ParsedFile>chunk(FILES_PER_CHUNK)
                .transactionManager(tx)
                .reader(parsedFiles)
                .writer(new StoreWriter(store))
                .listener(new ReadProgress(store, ReadProgress.interactiveTerminal()))
                .listener((StepExecutionListener) new StepLog())
                .build();
    }

    /** Parses the pending files on a thread per core, ahead of the step's thread, which stores them. */
    @Bean
    ThreadPoolTaskExecutor readExecutor() {
        int cores = Runtime.getRuntime().availableProcessors();
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(cores);
        executor.setMaxPoolSize(cores);
        executor.setThreadNamePrefix("read-");
        return executor;
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager tx, ReportStore store,
            EvaluationTable evaluations) {
        return new StepBuilder("publish", jobRepository).tasklet(new PublishTasklet(store, evaluations), tx)
                .listener(new StepLog()).build();
    }

    /**
     * The files the scan found new or changed, less those a previous attempt already stored, parsed
     * two chunks ahead (at most {@value #BYTES_AHEAD} bytes of files, a large workbook alone).
     */
    @Bean
    @StepScope
    ParsedFileReader parsedFiles(@Value("#{jobExecutionContext['pending']}") String pending,
            @Value("#{jobParameters['input']}") String input, @Value("#{jobParameters['output']}") String output,
            ReportStore store, ThreadPoolTaskExecutor readExecutor) {
        RunFolders folders = new RunFolders(java.nio.file.Path.of(input), java.nio.file.Path.of(output));
        ReportFileParser parser = new ReportFileParser(folders.reports(), folders.plan());
        return new ParsedFileReader(PendingFiles.remaining(PendingFiles.decode(pending), store.activeFingerprints()),
                parser::parse, readExecutor, 2 * FILES_PER_CHUNK, BYTES_AHEAD);
    }
}
