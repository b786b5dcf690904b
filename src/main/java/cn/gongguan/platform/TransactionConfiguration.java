package cn.gongguan.platform;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * Two transaction managers: tenant data through Hibernate (the default), platform tables through plain JDBC. They
 * share the data source, so a platform transaction cannot run inside a tenant one or the other way round: do the
 * tenant part first, then the platform part.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    @Primary
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new TenantTransactions(entityManagerFactory);
    }

    @Bean(PlatformTransactional.MANAGER)
    JdbcTransactionManager platformTransactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
