namespace Byline.LanguageServer.Handlers.SemanticTokens;

/// <summary>
/// Semantic token data (five integers a token) as an array that is never written after it is made, plus a few tokens
/// whose place (the first two integers) was written again. After a keystroke that moves the mentions only the first
/// token after the edit changes place, and copying the whole array (~340 KB on the 1 MB bench article, a large-object
/// allocation) to change two integers made every keystroke a step towards a collection. The shared array may be read
/// by an answer still being written, so it is never patched in place; when more than <see cref="MostPlaces"/> tokens
/// are rewritten the data are copied once into a new array.
/// </summary>
public sealed class TokenData
{
    private const int TokenLength = 5;

    /// <summary>How many rewritten places are kept beside the array before the data are copied into a new one.</summary>
    public const int MostPlaces = 16;

    private readonly int[] _array;

    // Sorted by token; each the token's new first two integers.
    private readonly (int Token, int Line, int Character)[] _places;

    public TokenData(int[] array) : this(array, []) { }

    private TokenData(int[] array, (int Token, int Line, int Character)[] places) => (_array, _places) = (array, places);

    public static TokenData Empty { get; } = new([]);

    /// <summary>The count of integers.</summary>
    public int Length => _array.Length;

    /// <summary>How many tokens' places are written beside the array.</summary>
    public int RewrittenPlaces => _places.Length;

    public int this[int index]
    {
        get
        {
            if (index % TokenLength < 2 && Rewritten(index / TokenLength) is { } place)
            {
                return index % TokenLength == 0 ? place.Line : place.Character;
            }
            return _array[index];
        }
    }

    /// <summary>
    /// These data with <paramref name="token"/>'s first two integers (its line, relative to the token before, and its
    /// character) replaced; the array is shared, not copied, unless too many places are written beside it.
    /// </summary>
    public TokenData WithPlace(int token, int line, int character)
    {
        var places = new List<(int Token, int Line, int Character)>(_places.Length + 1);
        places.AddRange(_places.Where(p => p.Token != token));
        places.Add((token, line, character));
        places.Sort((a, b) => a.Token.CompareTo(b.Token));
        if (places.Count <= MostPlaces)
        {
            return new TokenData(_array, [.. places]);
        }
        var array = (int[])_array.Clone();
        foreach (var (t, l, c) in places)
        {
            (array[t * TokenLength], array[t * TokenLength + 1]) = (l, c);
        }
        return new TokenData(array);
    }

    /// <summary>
    /// The data as one array: the shared array itself when no place is written beside it (callers only read it), a copy
    /// otherwise.
    /// </summary>
    public int[] ToArray()
    {
        if (_places.Length == 0)
        {
            return _array;
        }
        var array = new int[_array.Length];
        CopyTo(0, array, 0, array.Length);
        return array;
    }

    /// <summary>Copies <paramref name="count"/> integers from <paramref name="sourceIndex"/> into <paramref name="destination"/>.</summary>
    public void CopyTo(int sourceIndex, int[] destination, int destinationIndex, int count)
    {
        Array.Copy(_array, sourceIndex, destination, destinationIndex, count);
        foreach (var (token, line, character) in _places)
        {
            for (var (i, value) = (token * TokenLength, line); i <= token * TokenLength + 1; (i, value) = (i + 1, character))
            {
                if (i >= sourceIndex && i < sourceIndex + count)
                {
                    destination[destinationIndex + i - sourceIndex] = value;
                }
            }
        }
    }

    /// <summary>The line and character of the token before <paramref name="token"/> (0, 0 before the first), from the relative encoding.</summary>
    public (int Line, int Character) PlaceBefore(int token)
    {
        int line = 0, character = 0, next = 0;
        for (var t = 0; t < token; t++)
        {
            var (deltaLine, deltaCharacter) = (_array[t * TokenLength], _array[t * TokenLength + 1]);
            if (next < _places.Length && _places[next].Token == t)
            {
                (deltaLine, deltaCharacter) = (_places[next].Line, _places[next].Character);
                next++;
            }
            character = deltaLine == 0 ? character + deltaCharacter : deltaCharacter;
            line += deltaLine;
        }
        return (line, character);
    }

    /// <summary>Whether token <paramref name="token"/> here and token <paramref name="other"/> of <paramref name="data"/> hold the same integers.</summary>
    public bool SameToken(int token, TokenData data, int other)
    {
        var (mine, theirs) = (Rewritten(token), data.Rewritten(other));
        if (mine is null && theirs is null)
        {
            return _array.AsSpan(token * TokenLength, TokenLength).SequenceEqual(data._array.AsSpan(other * TokenLength, TokenLength));
        }
        for (var i = 0; i < TokenLength; i++)
        {
            if (this[token * TokenLength + i] != data[other * TokenLength + i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// When both data share one array: the first and last tokens that can differ (those whose place either wrote beside
    /// it), or null when they share none; an empty range (first after last) when none is written.
    /// </summary>
    public (int First, int Last)? TokensThatCanDiffer(TokenData other)
    {
        if (!ReferenceEquals(_array, other._array))
        {
            return null;
        }
        var (first, last) = (int.MaxValue, -1);
        foreach (var place in _places.Concat(other._places))
        {
            (first, last) = (Math.Min(first, place.Token), Math.Max(last, place.Token));
        }
        return (first, last);
    }

    private (int Line, int Character)? Rewritten(int token)
    {
        foreach (var place in _places)
        {
            if (place.Token == token)
            {
                return (place.Line, place.Character);
            }
        }
        return null;
    }
}
