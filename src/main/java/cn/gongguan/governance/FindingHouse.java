package cn.gongguan.governance;

/** A rental house found let without being registered, as typed: it enters the housing register as it is. */
public record FindingHouse(String address, String landlordName, String landlordIdNumber, String landlordPhone,
                           int rooms) {
}
