using EvDashboard.Components.Shared;

namespace EvDashboard.Tests.Web.Components;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(123_456, "EUR", "1,234.56 EUR")]
    [InlineData(-5, "EUR", "-0.05 EUR")]
    [InlineData(1_500, "JPY", "1,500 JPY")]
    [InlineData(12_345, "KWD", "12.345 KWD")]
    [InlineData(1_999, "XXX", "19.99 XXX")]
    public void Format_MinorUnits_CurrencyDigitsAndCode(long minor, string currency, string expected)
    {
        var text = Money.Format(minor, currency);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(123_456, "EUR", "1234.56")]
    [InlineData(100, "EUR", "1.00")]
    [InlineData(1_500, "JPY", "1500")]
    [InlineData(12_345, "KWD", "12.345")]
    public void MajorText_MinorUnits_ExactDigitsNoGrouping(long minor, string currency, string expected)
    {
        var text = Money.MajorText(minor, currency);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("0.395", "EUR", "kWh", "0.395 EUR/kWh")]
    [InlineData("0.3", "EUR", "kWh", "0.30 EUR/kWh")]
    [InlineData("0.12345", "EUR", "min", "0.1235 EUR/min")]
    [InlineData("1", "EUR", "session", "1.00 EUR")]
    [InlineData("30", "JPY", "kWh", "30 JPY/kWh")]
    public void UnitPrice_Price_AtLeastTheCurrencysDigits(string price, string currency, string unit, string expected)
    {
        var text = Money.UnitPrice(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), currency, unit);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Totals_TwoCurrencies_SummedApartNeverTogether()
    {
        var text = Money.Totals([("EUR", 1_000), ("CHF", 250), ("EUR", 234)]);

        Assert.Equal("2.50 CHF · 12.34 EUR", text);
    }
}
