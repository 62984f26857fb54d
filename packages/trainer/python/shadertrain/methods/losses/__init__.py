"""Contrastive losses, one per file, pure functions of tensors."""
from .info_nce import info_nce
from .nt_xent import nt_xent
from .supcon import supcon_loss

__all__ = ['info_nce', 'nt_xent', 'supcon_loss']
