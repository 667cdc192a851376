namespace EvDashboard.Core.Seeding;

/// <summary>Names for seeded drivers and fleets, so receipts and statements read like real ones.</summary>
internal static class SeedNames
{
    public static IReadOnlyList<string> Companies { get; } =
        ["Nordwind Logistik GmbH", "Stadtwerke Carsharing", "Alpen Taxi eG", "Brightline Couriers Ltd", "Hanse Pflegedienst"];

    public static IReadOnlyList<string> FirstNames { get; } =
        ["Anna", "Ben", "Clara", "David", "Elif", "Finn", "Greta", "Hugo", "Ines", "Jonas", "Katarzyna", "Luca", "Mia", "Noah", "Olga", "Paul"];

    public static IReadOnlyList<string> LastNames { get; } =
        ["Müller", "Schmidt", "Nowak", "Rossi", "Yilmaz", "Weber", "Fischer", "Larsen", "Dubois", "García", "Becker", "Kowalski"];
}
