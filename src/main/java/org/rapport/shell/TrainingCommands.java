package org.rapport.shell;

import java.io.IOException;
import java.nio.file.Path;
import org.rapport.judgement.TrainerSettings;
import org.rapport.rubric.JudgementTraining;
import org.rapport.rubric.RubricLibrary;
import org.rapport.scenario.ScenarioLibrary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Reproduces the rubric engine's learned heads from data. */
@Component
public class TrainingCommands {

    private final RubricsOnFirstUse rubrics;
    private final ObjectProvider<ScenarioLibrary> scenarios;

    @Autowired
    public TrainingCommands(ObjectProvider<RubricLibrary> rubrics, ObjectProvider<ScenarioLibrary> scenarios) {
        this.rubrics = new RubricsOnFirstUse(rubrics::getObject);
        this.scenarios = scenarios;
    }

    @Command(name = "train", group = "Rubrics", description = "Train the rubric engine's heads from labelled data",
            help = "train [--data DIR] [--authored DIR] [--rubric ID] [--encoder NAME] [--folds K] [--dry-run] — trains "
                    + "the behaviour, subtype, EPITOME, boundary-test, boundary-reply and cultural-humility heads from the public corpora "
                    + "in --data (annomi-dev.csv, epitome-dev.csv; default ../shared/data) and the authored corpora in "
                    + "--authored (default: the rubric folder's data/), prints grouped K-fold cross-validated figures "
                    + "(grouped by transcript, help-seeker post or authored group, never by row) and writes the heads "
                    + "to the rubric folder's models/<rubric>/. Seeded: the same data gives the same files. "
                    + "--encoder trains every head over that encoder's vectors (default: each head over the encoders it ships with: "
                    + "all-minilm-l6-v2-q, and for the behaviour and subtype heads all-minilm-l6-v2-q+e5-small-v2-q). "
                    + "--encoder A+B trains the behaviour and subtype heads as ensembles, one head over each encoder on the same folds, "
                    + "their probabilities averaged (the figures printed are the averaged ones; the other heads take A). "
                    + "--dry-run prints the figures without writing; --only behaviour (the behaviour and subtype heads), --only hollow, --only rupture, --only boundary (the boundary-test head), --only risk (the risk-cue head, from the authored risk files and the scenarios' client lines), --only risk-reply (the heads of the parts of a reply to a risk cue) or --only cultural (the opportunity, dimension and reply-stance heads) trains that head alone.")
    public void train(
            @Option(longName = "data", defaultValue = "../shared/data", description = "folder of the public corpora") String data,
            @Option(longName = "authored", defaultValue = "", description = "folder of the authored corpora") String authored,
            @Option(longName = "rubric", defaultValue = "core", description = "rubric id") String rubric,
            @Option(longName = "encoder", defaultValue = "", description = "sentence encoder of every head, or A+B for behaviour ensembles (default: each head's own)") String encoder,
            @Option(longName = "folds", defaultValue = "5", description = "cross-validation folds") Integer folds,
            @Option(longName = "epochs", defaultValue = "0", description = "training epochs (0 = default)") Integer epochs,
            @Option(longName = "cache", defaultValue = "", description = "folder to keep sentence vectors in between runs (outside the project)") String cache,
            @Option(longName = "dry-run", defaultValue = "false", description = "print figures, write nothing") Boolean dryRun,
            @Option(longName = "only", defaultValue = "", description = "train one head alone, leaving the others' files as they are: behaviour, hollow, rupture, boundary, risk, risk-reply or cultural") String only,
            CommandContext ctx) {
        RubricLibrary library = rubrics.library();
        Path dir = library.directory();
        TrainerSettings d = TrainerSettings.DEFAULT;
        TrainerSettings settings = epochs == null || epochs <= 0 ? d
                : new TrainerSettings(epochs, d.learningRate(), d.minibatch(), d.seed(), d.balanced());
        var options = new JudgementTraining.Options(Path.of(data), authored == null || authored.isBlank() ? dir.resolve("data") : Path.of(authored),
                JudgementTraining.modelsOf(dir, rubric), encoder, folds == null ? 5 : folds, settings, !Boolean.TRUE.equals(dryRun),
                cache == null || cache.isBlank() ? null : Path.of(cache), scenarios.getObject().clientLines());
        try {
            JudgementTraining training = new JudgementTraining(library.get(rubric));
            if (only == null || only.isBlank()) training.train(options, ctx.outputWriter());
            else training.trainOnly(only.strip(), options, ctx.outputWriter());
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandFailure("cannot train: " + e.getMessage());
        }
    }
}
