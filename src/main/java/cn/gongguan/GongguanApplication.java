package cn.gongguan;

import cn.gongguan.security.audit.AuditChainCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gongguan (共管): floating-population management and services for a county and its townships. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GongguanApplication {

    public static void main(String[] args) {
        if (AuditChainCommand.requested(args)) {
            System.exit(AuditChainCommand.run(args));
        }
        SpringApplication.run(GongguanApplication.class, args);
    }
}
