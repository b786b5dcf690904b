package cn.gongguan.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.Session;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.TransactionDefinition;

/**
 * The transaction manager of tenant data: each transaction, once begun, switches its connection to the tenant's role
 * and schema with {@code SET LOCAL}, which PostgreSQL itself undoes when the transaction ends, committed or rolled
 * back. A session-level {@code SET ROLE} undone on release would depend on the release: Hibernate and the pool hand
 * a connection back with auto-commit off after a failure, a reset statement then runs in a new transaction that the
 * pool rolls back on return, and the next borrower — a platform transaction, say — would run as the tenant.
 * <p>
 * Done in the dialect's {@code beginTransaction}, after Hibernate has begun the transaction (and made it read-only
 * where asked): when the switch fails, the transaction manager rolls back and closes the session as for any failed
 * begin. Tenant work outside a transaction finds no tenant schema on its path and fails loudly.
 */
final class TenantTransactions extends JpaTransactionManager {

    TenantTransactions(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        setJpaDialect(new SwitchingDialect());
    }

    private static final class SwitchingDialect extends HibernateJpaDialect {

        @Override
        public Object beginTransaction(EntityManager entityManager, TransactionDefinition definition)
                throws SQLException {
            Object transactionData = super.beginTransaction(entityManager, definition);
            Session session = entityManager.unwrap(Session.class);
            TenantCode tenant = TenantCode.of(String.valueOf(session.getTenantIdentifierValue()));
            session.doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local role \"" + tenant.role() + "\"; "
                            + "set local search_path to \"" + tenant.schema() + "\"");
                }
            });
            return transactionData;
        }
    }
}
