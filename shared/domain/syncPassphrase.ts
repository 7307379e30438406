import { ruleViolation } from './domainError';

/**
 * What setting up sync does with a team passphrase, from what the shared folder holds:
 * - an encrypted team folder needs its passphrase (to create on the laptop that has the
 *   workspace again, or to join);
 * - a team folder without encryption takes none: encryption is chosen when the team folder is
 *   created (its existing batches are plaintext and a v1 Baton may be writing more);
 * - an empty folder takes one optionally: with it, the team folder is created encrypted.
 * Throws a rule violation naming the `passphrase` field otherwise.
 */
export type TeamFolderEncryption = 'encrypted' | 'plain' | 'empty';
export type PassphraseUse = 'unlock' | 'create' | 'none';

export function passphraseUse(
  folder: TeamFolderEncryption,
  passphrase: string | undefined,
): PassphraseUse {
  const given = passphrase !== undefined && passphrase !== '';
  switch (folder) {
    case 'encrypted':
      if (!given) {
        throw ruleViolation(
          'passphrase',
          'is required: this team folder is encrypted (ask the teammate who created it)',
        );
      }
      return 'unlock';
    case 'plain':
      if (given) {
        throw ruleViolation(
          'passphrase',
          'cannot be used here: this team folder is not encrypted, and encryption is chosen ' +
            'when the team folder is created. Leave it empty',
        );
      }
      return 'none';
    case 'empty':
      return given ? 'create' : 'none';
  }
}

/** The problem sentence when a passphrase does not open an encrypted team folder. */
export const WRONG_PASSPHRASE =
  'does not open this team folder: check it with the teammate who created it';
