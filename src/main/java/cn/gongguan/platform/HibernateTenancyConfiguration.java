package cn.gongguan.platform;

import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Schema-per-tenant Hibernate: every session opens on the bound tenant's schema, as that tenant's role. */
@Configuration(proxyBeanMethods = false)
class HibernateTenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer tenancyCustomizer(DataSource dataSource) {
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, new TenantConnectionProvider(dataSource));
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new TenantIdentifierResolver());
        };
    }
}
