using EvDashboard.Core.Stations;

namespace EvDashboard.Tests.Core.Stations;

public sealed class ChargePointKeyHasherTests
{
    private const string Key = "s3cret-key-0123456789";

    [Theory]
    [InlineData("0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef01234567")]
    [InlineData("!#$%&'()*+,-./:;<=>?@[]^_`{|}~")]
    [InlineData("ключ-зарядки-0123")]
    public void Verify_HashOfSameKey_True(string key)
    {
        var hash = ChargePointKeyHasher.Hash(key);

        var matches = ChargePointKeyHasher.Verify(hash, key);

        Assert.True(matches);
    }

    [Theory]
    [InlineData("s3cret-key-0123456788")]
    [InlineData("S3CRET-KEY-0123456789")]
    [InlineData("s3cret-key-0123456789 ")]
    [InlineData("s3cret-key-012345678")]
    [InlineData("")]
    public void Verify_OtherKey_False(string presented)
    {
        var hash = ChargePointKeyHasher.Hash(Key);

        var matches = ChargePointKeyHasher.Verify(hash, presented);

        Assert.False(matches);
    }

    [Fact]
    public void Hash_SameKeyTwice_DifferentSaltsBothVerify()
    {
        var first = ChargePointKeyHasher.Hash(Key);

        var second = ChargePointKeyHasher.Hash(Key);

        Assert.NotEqual(first, second);
        Assert.NotEqual(first.Split('$')[1], second.Split('$')[1]);
        Assert.True(ChargePointKeyHasher.Verify(first, Key));
        Assert.True(ChargePointKeyHasher.Verify(second, Key));
    }

    [Fact]
    public void Hash_Key_SchemeSaltAndMacWithoutTheKey()
    {
        var hash = ChargePointKeyHasher.Hash(Key);

        var parts = hash.Split('$');
        Assert.Equal(3, parts.Length);
        Assert.Equal("hmac-sha256", parts[0]);
        Assert.Equal(16, Convert.FromBase64String(parts[1]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[2]).Length);
        Assert.DoesNotContain(Key, hash, StringComparison.Ordinal);
        Assert.True(hash.Length <= 120, "The hash must fit ChargePoints.KeyHash (120 characters).");
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 15)]
    [InlineData(2, 0)]
    [InlineData(2, 31)]
    public void Verify_OneBitFlippedInSaltOrMac_False(int part, int byteIndex)
    {
        var parts = ChargePointKeyHasher.Hash(Key).Split('$');
        var bytes = Convert.FromBase64String(parts[part]);
        bytes[byteIndex] ^= 0x01;
        parts[part] = Convert.ToBase64String(bytes);

        var matches = ChargePointKeyHasher.Verify(string.Join('$', parts), Key);

        Assert.False(matches);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hmac-sha256")]
    [InlineData("hmac-sha256$$")]
    [InlineData("hmac-sha256$!!!!$!!!!")]
    [InlineData("HMAC-SHA256$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("hmac-sha256$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==")]
    [InlineData("hmac-sha256$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("hmac-sha256$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=$x")]
    [InlineData("s3cret-key-0123456789")]
    public void Verify_MalformedHash_FalseWithoutThrowing(string storedHash)
    {
        var matches = ChargePointKeyHasher.Verify(storedHash, Key);

        Assert.False(matches);
    }

    [Fact]
    public void Verify_SaltLongerThanBuffer_False()
    {
        var parts = ChargePointKeyHasher.Hash(Key).Split('$');
        var longSalt = Convert.ToBase64String(new byte[100]);

        var matches = ChargePointKeyHasher.Verify($"{parts[0]}${longSalt}${parts[2]}", Key);

        Assert.False(matches);
    }

    [Fact]
    public void Hash_EmptyKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => ChargePointKeyHasher.Hash(string.Empty));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("0123456789abcde", false)] // 15
    [InlineData("0123456789abcdef", true)] // 16
    [InlineData("0123456789abcdef0123456789abcdef01234567", true)] // 40
    [InlineData("0123456789abcdef0123456789abcdef012345678", false)] // 41
    [InlineData("0123456789abcdef~!", true)]
    [InlineData("0123456789 abcdef", false)]
    [InlineData("0123456789\tabcdef", false)]
    [InlineData("0123456789abcdef\u007f", false)]
    [InlineData("0123456789abcdefé", false)]
    public void IsAcceptableKey_Key_Only16To40PrintableAscii(string? key, bool expected)
    {
        var acceptable = ChargePointKeyHasher.IsAcceptableKey(key);

        Assert.Equal(expected, acceptable);
    }

    [Fact]
    public void Generate_Twice_TwentyDifferentRandomBytesWithTheirUpperCaseHex()
    {
        var (first, firstHex) = ChargePointKeyHasher.Generate();
        var (second, _) = ChargePointKeyHasher.Generate();

        Assert.Equal(ChargePointKeyHasher.GeneratedKeyBytes, first.Length);
        Assert.Equal(Convert.ToHexString(first), firstHex);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void VerifyPassword_NonTextKey_MatchesItsRawBytesAndItsHexOnly()
    {
        byte[] key = [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];
        var hash = ChargePointKeyHasher.Hash(key);

        Assert.True(ChargePointKeyHasher.VerifyPassword(hash, key));
        Assert.True(ChargePointKeyHasher.VerifyPassword(hash, System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(key))));
        Assert.False(ChargePointKeyHasher.VerifyPassword(hash, System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(key))));
        Assert.False(ChargePointKeyHasher.VerifyPassword(hash, System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(key)[..38] + "00")));
        Assert.False(ChargePointKeyHasher.VerifyPassword(hash, System.Text.Encoding.ASCII.GetBytes("not hex at all, but forty characters!!!!")));
    }
}
