package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MigrationVersionTest {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void theShippedLatestVersionIsTheHighestMigrationOfEveryVendor() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*__*.sql");
        assertThat(files).isNotEmpty();
        for (String vendor : new String[] {"h2", "postgresql"}) {
            int highest = Arrays.stream(files)
                    .filter(f -> uri(f).contains("/common/") || uri(f).contains("/" + vendor + "/"))
                    .map(f -> VERSION.matcher(f.getFilename()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .max(Comparator.naturalOrder()).orElseThrow();
            assertThat(String.valueOf(highest)).as(vendor).isEqualTo(MigratingDataSource.LATEST_VERSION);
        }
    }

    private static String uri(Resource resource) {
        try {
            return resource.getURI().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
