package org.rapport.store;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One short transaction for what must be written together (a session header and its trainee, an import). */
final class Transactions {

    private Transactions() {
    }

    static TransactionTemplate template(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
