package cn.gongguan.governance;

import java.time.LocalDate;

/** The township's answer to a visit's rectification: what it rectified, and the day it was done. */
public record SupervisionAnswer(String rectified, LocalDate rectifiedOn) {
}
