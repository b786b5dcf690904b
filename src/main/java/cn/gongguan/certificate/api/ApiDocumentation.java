package cn.gongguan.certificate.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the certificate API (springdoc, {@code /api/v1/openapi} and {@code /api/v1/openapi.yaml},
 * open without a login): the bearer token scheme and what the document says about the API as a whole.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Gongguan certificate API (共管 婚育证明核验接口)", version = "1",
        description = "For the own systems of the county's departments (police, market regulation, health, "
                + "construction, labour): the state of an ID number holder's marriage-and-childbearing certificate, "
                + "nothing else. A token is created for a department by the county's system administrator (page "
                + "\"API tokens\"), shown once, and sent as `Authorization: Bearer <token>`. Each token has a limit of "
                + "requests per minute. Errors carry `{\"error\": code, \"message\": text}`, the text in Chinese "
                + "unless `Accept-Language` prefers English."))
@SecurityScheme(name = ApiDocumentation.SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A department's API token (ggc_…), created by the county's system administrator")
class ApiDocumentation {

    static final String SCHEME = "departmentToken";
}
