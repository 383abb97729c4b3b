namespace RatificationApi.Infrastructure.Caching;

/// <summary>
/// Remembers, approximately, which keys were asked for: a fixed table of key hashes (64 Ki slots, 256 KB), where a
/// key overwrites whatever shared its slot. A collision can only make an answer be kept one request sooner or
/// later; nothing is ever served from here. Races between threads lose a write at worst, with the same effect.
/// </summary>
internal sealed class Doorkeeper
{
    private const int Slots = 1 << 16;
    private readonly int[] _hashes = new int[Slots];

    public bool SeenBefore(string key)
    {
        var hash = StringComparer.Ordinal.GetHashCode(key) | 1;
        ref var slot = ref _hashes[hash & (Slots - 1)];
        if (Volatile.Read(ref slot) == hash)
        {
            return true;
        }

        Volatile.Write(ref slot, hash);
        return false;
    }
}
