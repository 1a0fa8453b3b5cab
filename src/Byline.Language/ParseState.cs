namespace Byline.Language;

/// <summary>
/// One configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) over a
/// sentence of n tokens: a stack, a buffer front <see cref="Front"/> (n stands for the root, which is read
/// last), and the arcs made so far. Transitions: shift (push the front), left (the front becomes the head of
/// the stack top, which is popped) and right (the item under the top becomes its head; the top is popped).
/// The root takes exactly one child, with the label <c>root</c>. Shared by parsing and training.
/// </summary>
internal sealed class ParseState
{
    public const int Shift = 0;

    private readonly int[] _stack;
    private readonly int[] _heads;
    private readonly byte[] _labels;
    private readonly int[] _leftmost;
    private readonly int[] _rightmost;
    private readonly byte[] _leftCount;
    private readonly byte[] _rightCount;
    private readonly bool[] _attached;

    public ParseState(int count, int rootLabel)
    {
        Count = count;
        RootLabel = rootLabel;
        _stack = new int[count];
        _heads = new int[count];
        _labels = new byte[count];
        _leftmost = new int[count];
        _rightmost = new int[count];
        _leftCount = new byte[count];
        _rightCount = new byte[count];
        _attached = new bool[count];
        Array.Fill(_heads, -1);
        Array.Fill(_leftmost, -1);
        Array.Fill(_rightmost, -1);
    }

    public int Count { get; }

    public int RootLabel { get; }

    /// <summary>The buffer's first token; <see cref="Count"/> when only the root is left.</summary>
    public int Front { get; private set; }

    public int StackCount { get; private set; }

    public bool IsTerminal => StackCount == 0 && Front == Count;

    public ReadOnlySpan<int> Heads => _heads;

    public ReadOnlySpan<byte> Labels => _labels;

    /// <summary>The stack item <paramref name="depth"/> from the top (0 = top), or -1.</summary>
    public int Stack(int depth) => depth < StackCount ? _stack[StackCount - 1 - depth] : -1;

    /// <summary>The buffer item <paramref name="offset"/> after the front, the root counting as one; -1 past it.</summary>
    public int Buffer(int offset) => Front + offset <= Count ? Front + offset : -1;

    public int Leftmost(int token) => token >= 0 && token < Count ? _leftmost[token] : -1;

    public int Rightmost(int token) => token >= 0 && token < Count ? _rightmost[token] : -1;

    public int LeftCount(int token) => token >= 0 && token < Count ? _leftCount[token] : 0;

    public int RightCount(int token) => token >= 0 && token < Count ? _rightCount[token] : 0;

    /// <summary>The label of the arc into <paramref name="token"/>, or -1 while it has no head.</summary>
    public int LabelOf(int token) => token >= 0 && token < Count && _attached[token] ? _labels[token] : -1;

    public static int Left(int label) => 1 + 2 * label;

    public static int Right(int label) => 2 + 2 * label;

    public static bool IsLeft(int transition) => transition % 2 == 1;

    public static int LabelOfTransition(int transition) => (transition - 1) / 2;

    /// <summary>Whether <paramref name="transition"/> may be taken now; a parse always has one allowed.</summary>
    public bool IsAllowed(int transition)
    {
        if (transition == Shift) return Front < Count;
        var label = LabelOfTransition(transition);
        if (IsLeft(transition))
        {
            return StackCount > 0 && (Front < Count ? label != RootLabel : StackCount == 1 && label == RootLabel);
        }
        return StackCount > 1 && label != RootLabel;
    }

    public void Apply(int transition)
    {
        if (transition == Shift)
        {
            _stack[StackCount++] = Front++;
            return;
        }
        var child = _stack[--StackCount];
        var label = (byte)LabelOfTransition(transition);
        if (IsLeft(transition)) Attach(Front, child, label);
        else Attach(_stack[StackCount - 1], child, label);
    }

    private void Attach(int head, int child, byte label)
    {
        _labels[child] = label;
        _attached[child] = true;
        if (head == Count)
        {
            return;
        }
        _heads[child] = head;
        if (child < head)
        {
            if (_leftmost[head] < 0 || child < _leftmost[head]) _leftmost[head] = child;
            if (_leftCount[head] < byte.MaxValue) _leftCount[head]++;
        }
        else
        {
            if (child > _rightmost[head]) _rightmost[head] = child;
            if (_rightCount[head] < byte.MaxValue) _rightCount[head]++;
        }
    }
}
