package org.rapport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Rapport: a clinical training simulator. No arguments opens the shell; arguments run one command. */
@SpringBootApplication
public class RapportApplication {

    public static void main(String[] args) {
        // --rubrics DIR and --scenarios DIR before the command choose the folders, over the environment
        org.rapport.shell.FolderOptions.Parsed folders;
        try {
            folders = org.rapport.shell.FolderOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("rapport: " + e.getMessage());
            System.exit(2);
            return;
        }
        folders.properties().forEach(System::setProperty);
        args = folders.command();
        SpringApplication app = new SpringApplication(RapportApplication.class);
        // Boot must not read "--format json" as a Spring property: the shell parses the arguments.
        app.setAddCommandLineProperties(false);
        if (args.length > 0) {
            // Shell 4 picks interactive or not from this property, not from the arguments.
            System.setProperty("spring.shell.interactive.enabled", "false");
        }
        ConfigurableApplicationContext context = app.run(args);
        System.exit(SpringApplication.exit(context));
    }
}
