package cn.gongguan.housing;

/** What a user enters for a rental house; checked by {@link RentalHouses}. */
public record HouseDetails(String orgUnit, String address, String landlordName, String landlordIdNumber,
                           String landlordPhone, int rooms) {
}
