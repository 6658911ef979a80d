package vn.cchc.rollup;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot application; the command line entry point is {@link vn.cchc.rollup.cli.Cli}. */
@SpringBootApplication
public class CchcRollupApplication {
}
