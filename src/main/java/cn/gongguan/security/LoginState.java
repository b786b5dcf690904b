package cn.gongguan.security;

import java.time.Instant;

/**
 * What a login needs to know of an account beyond {@link UserAccount}: read under the account's row lock, so that
 * checking, verifying and recording a login attempt are one step per account.
 */
record LoginState(UserAccount account, String passwordHash, int epoch, boolean mustChangePassword,
                  Instant passwordChangedAt) {
}
