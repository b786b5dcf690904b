package cn.gongguan.cooperation;

import java.time.LocalDate;

/**
 * What a user enters for a bulletin: the partner (one of the agreement's), the day (a sent one is sent today; a
 * received one on the day it came, not in the future), title and text; an attachment travels beside it.
 */
public record BulletinDetails(String partner, LocalDate sentOn, String title, String text) {
}
