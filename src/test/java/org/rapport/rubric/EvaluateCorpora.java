package org.rapport.rubric;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tuning aid: grades the development corpora from the command line without starting the application. */
public final class EvaluateCorpora {

    public static void main(String[] args) throws Exception {
        Path rubrics = Path.of(args.length > 0 ? args[0] : "rubrics");
        Path annomi = Path.of(args.length > 1 ? args[1] : "../shared/data/annomi-dev.csv");
        Path epitome = Path.of(args.length > 2 ? args[2] : "../shared/data/epitome-dev.csv");
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        RubricEngine engine = RubricLibrary.load(rubrics).engine("core");
        long start = System.nanoTime();
        List<CorpusEvaluation.LabelSet> sets = new ArrayList<>(CorpusEvaluation.annomi(engine, annomi, limit));
        sets.addAll(CorpusEvaluation.epitome(engine, epitome, limit));
        System.out.print(CorpusEvaluation.report(sets));
        System.out.printf("%.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
