package cn.gongguan.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A transaction on the shared {@code platform} schema (registry, users, audit trail, rollup reads), which needs no
 * tenant. Tenant data uses plain {@code @Transactional}, whose Hibernate session opens on the bound tenant.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(transactionManager = PlatformTransactional.MANAGER)
public @interface PlatformTransactional {

    /** The bean name of the platform transaction manager, for a {@code TransactionTemplate}. */
    String MANAGER = "platformTransactionManager";

    @AliasFor(annotation = Transactional.class)
    boolean readOnly() default false;
}
