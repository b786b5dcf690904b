package cn.gongguan.certificate.api;

import cn.gongguan.certificate.CertificateVerification;
import cn.gongguan.certificate.Inquirer;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/certificates/{idNumber}} (办证环节把关 through a department's own system): the state of the
 * holder's marriage-and-childbearing certificate in the token's county, and nothing else. The token's county is bound
 * as the tenant and {@link CertificateVerification} answers, audits the query under the token's name and asks the
 * township to follow up a "none" or "expired". A malformed ID number is a 400, never a "none".
 */
@RestController
@RequestMapping(path = "/api/v1/certificates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "certificates", description = "婚育证明核验 — marriage-and-childbearing certificate checks")
@SecurityRequirement(name = ApiDocumentation.SCHEME)
class CertificateApiController {

    private final CertificateVerification verification;
    private final ApiReplies replies;

    CertificateApiController(CertificateVerification verification, ApiReplies replies) {
        this.verification = verification;
        this.replies = replies;
    }

    @GetMapping("/{idNumber}")
    @Operation(summary = "The certificate state of an ID number's holder",
            description = "Answers whether the holder of the citizen ID number (GB 11643, 18 characters or the 15 "
                    + "digits of a first-generation card) has a valid marriage-and-childbearing certificate in the "
                    + "token's county. Every query is audited with the token's name; a NONE or EXPIRED answer asks the "
                    + "township where the person lives to follow the certificate up.")
    @ApiResponse(responseCode = "200", description = "The state; both keys are always present",
            content = @Content(schema = @Schema(implementation = CertificateReply.class), examples = {
                    @ExampleObject(name = "valid", value = "{\"state\":\"VALID\",\"validUntil\":\"2027-05-01\"}"),
                    @ExampleObject(name = "expired", value = "{\"state\":\"EXPIRED\",\"validUntil\":\"2025-11-30\"}"),
                    @ExampleObject(name = "none", value = "{\"state\":\"NONE\",\"validUntil\":null}")}))
    @ApiResponse(responseCode = "400", description = "Not a valid ID number (shape, birth date or check character)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "No token, or an unknown, rotated-away or revoked one",
            headers = @Header(name = "WWW-Authenticate", description = "Bearer realm=\"gongguan\"",
                    schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "429", description = "Over the token's requests per minute",
            headers = @Header(name = "Retry-After", description = "Seconds until a request is admitted again",
                    schema = @Schema(type = "integer")),
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    CertificateReply state(
            @Parameter(description = "The citizen ID number (公民身份号码)", example = "620102198711230027")
            @PathVariable String idNumber,
            @Parameter(hidden = true) @AuthenticationPrincipal ApiCaller caller) {
        Inquirer inquirer = new Inquirer(caller.department(), caller.name(), Inquirer.Channel.API);
        return CertificateReply.of(TenantContext.callAs(caller.county(),
                () -> verification.verify(idNumber, inquirer)));
    }

    /** A malformed ID number: the reason, in the caller's language. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> refused(InvalidInputException refusal, HttpServletRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(replies.error(request, "invalid_id_number", refusal.messageKey(), refusal.arguments()));
    }
}
