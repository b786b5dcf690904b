package cn.gongguan.certificate.api;

/** A token just created or rotated with its secret, which is shown this once and kept nowhere. */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + "]";
    }
}
