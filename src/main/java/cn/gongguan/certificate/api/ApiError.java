package cn.gongguan.certificate.api;

/**
 * The body of every refusal of the API: a stable code for programs and a message for people, in Chinese unless the
 * request's {@code Accept-Language} prefers English.
 *
 * @param error {@code unauthorized}, {@code too_many_requests} or {@code invalid_id_number}
 */
record ApiError(String error, String message) {
}
