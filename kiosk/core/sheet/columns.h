#pragma once
// The columns of the sheet "Diensten", in order: the Dutch header staff see, how wide it is,
// whether Excel must keep it as text, the fixed choices of a dropdown, whether it is a hidden id
// column, and the explanation with an example for the sheet "Uitleg" (Dutch, B1).
// The import side (issue 13, point 2) reads the same table to find its columns by header.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ww::sheet {

enum Column : int {
    kName,
    kOrganization,
    kWhatItIs,
    kForWhom,
    kConditions,
    kTopic,
    kMunicipality,
    kServiceArea,
    kPlace,
    kAddress,
    kPostalCode,
    kCity,
    kPhone,
    kWebsite,
    kEmail,
    kOpenOn,
    kOpeningNote,
    kCost,
    kCostText,
    kIndicationNeeded,
    kLastChecked,
    kNameEn,
    kWhatItIsEn,
    kConditionsEn,
    kCostTextEn,
    kTagCodes,
    kServiceId,
    kOrganizationId,
    kLocationId,
    kServiceAtLocationId,
    // Hidden columns that make the workbook self-contained (sheet_rows.h says what each holds).
    kStatus,
    kServicePhones,
    kServiceSchedules,
    kServiceAreas,
    kAttributes,
    kOrganizationDescription,
    kOrganizationWebsite,
    kOrganizationEmail,
    kOrganizationPhones,
    kLatitude,
    kLongitude,
    kLocationType,
    kTransport,
    kTransportEn,
    kLocationOrganizationId,
    kAddressId,
    kCountry,
    kLocationPhones,
    kLocationSchedules,
    // Carried since the workbook warned about them: a location's addresses after the first, and
    // taxonomy attributes on organisations and locations.
    kLocationAddresses,
    kOrganizationAttributes,
    kLocationAttributes,
    kFingerprint,
    kColumnCount
};

struct ColumnInfo {
    std::string_view header;
    double width;  // in characters
    bool text;     // formatted as text: Excel keeps leading zeros and leaves "1-2" alone
    bool hidden;   // an id column for an exact round trip
    std::string_view explanation;
    std::string_view example;
};

std::span<const ColumnInfo> columns();
const ColumnInfo& column(Column c);

// The fixed choices of a column (the words in its dropdown); empty for free text.
std::vector<std::string> column_choices(Column c);

// "Voor wie" in words for the audience codes a service has.
inline constexpr std::string_view kForPeopleWithDementia = "Mensen met dementie";
inline constexpr std::string_view kForCarers = "Mantelzorgers";
inline constexpr std::string_view kForBoth = "Mensen met dementie en mantelzorgers";
inline constexpr std::string_view kYes = "Ja";
inline constexpr std::string_view kNo = "Nee";

}  // namespace ww::sheet
