package org.rapport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Rapport: a clinical training simulator. No arguments opens the shell; arguments run one command. */
@SpringBootApplication
public class RapportApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(RapportApplication.class);
        // Boot must not read "--format json" as a Spring property; the shell parses the arguments.
        app.setAddCommandLineProperties(false);
        if (args.length > 0) {
            System.setProperty("spring.shell.interactive.enabled", "false");
        }
        app.run(args);
    }
}
