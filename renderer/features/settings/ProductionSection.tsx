import { useId } from 'react';
import { Spinner } from '../../ui';
import { ChannelSpecTable } from './ChannelSpecTable';
import { NamingConventionEditor } from './NamingConventionEditor';
import { useProductionLibrary } from './useProductionLibrary';
import './production.css';

/** The workspace's naming convention and channel spec library, shared with the whole team. */
export function ProductionSection() {
  const headingId = useId();
  const { library, setLibrary } = useProductionLibrary();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Production</h2>
      <p className="settings-section__hint">
        Asset file names and sizes in every Creative → Production package are checked against these.
        Shared with the whole workspace.
      </p>
      {library ? (
        <>
          {/* Keyed by what is saved: a teammate's save (or a reset) starts the editors afresh. */}
          <NamingConventionEditor key={library.pattern} library={library} onSaved={setLibrary} />
          <ChannelSpecTable
            key={JSON.stringify(library.channelSpecs)}
            library={library}
            onSaved={setLibrary}
          />
        </>
      ) : (
        <Spinner />
      )}
    </section>
  );
}
