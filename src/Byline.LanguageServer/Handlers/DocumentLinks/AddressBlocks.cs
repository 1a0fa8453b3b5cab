using Byline.Syntax;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.DocumentLinks;

/// <summary>
/// Whether each block of one open document may hold a web address (<see cref="DocumentLinkHandler.MayHoldAddress"/>),
/// kept by block node from one links request to the next: editors ask for the links after every change, a keystroke
/// changes one block, and a node's text never changes, so the answer kept for a node is the answer. One per document,
/// used under its own lock, dropped on close, never shared.
/// </summary>
public sealed class AddressBlocks
{
    private Dictionary<BlockNode, bool> _byNode = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether <paramref name="block"/> may hold an address, looked for once per block node.</summary>
    public bool MayHoldAddress(Block block)
    {
        if (!_byNode.TryGetValue(block.Node, out var may))
        {
            _byNode[block.Node] = may = DocumentLinkHandler.MayHoldAddress(block.Text);
        }
        return may;
    }

    /// <summary>Lets go of the nodes an edit replaced once they outnumber the document's blocks.</summary>
    public void Trim(IReadOnlyList<Block> blocks)
    {
        if (_byNode.Count <= 2 * blocks.Count + 64)
        {
            return;
        }
        var kept = new Dictionary<BlockNode, bool>(blocks.Count, ReferenceEqualityComparer.Instance);
        foreach (var block in blocks)
        {
            if (_byNode.TryGetValue(block.Node, out var may))
            {
                kept[block.Node] = may;
            }
        }
        _byNode = kept;
    }
}
